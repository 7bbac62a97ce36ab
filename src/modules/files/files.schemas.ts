import { z } from 'zod';
import { storedFileSchema } from '../../shared/files.contract';

export const fileIdParamSchema = z.object({ id: z.uuid() });

export const fileContentQuerySchema = z.object({
  /** Ask the browser to save the file rather than show it. */
  download: z.enum(['1', 'true']).optional(),
});

/** The shared contract, with the timestamp as the service returns it. */
export const fileInfoSchema = storedFileSchema.extend({ createdAt: z.date() });
