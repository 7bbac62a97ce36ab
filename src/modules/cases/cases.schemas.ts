import { z } from 'zod';

export const caseIdParamSchema = z.object({ id: z.uuid() });
export const caseFileParamSchema = z.object({ id: z.uuid(), fileId: z.uuid() });

/** Idempotency-Key (IETF draft): a retried submission with the same key returns the same case. */
export const idempotencyHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9._:-]{8,100}$/, '8–100 letters, digits or . _ : -')
    .optional(),
});
