import { z } from 'zod';

/** The file types an upload may be: what a material can be submitted as. */
export const FILE_TYPES = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'application/ofd': { label: 'OFD', extensions: ['ofd'] },
  'image/png': { label: 'PNG', extensions: ['png'] },
  'image/jpeg': { label: 'JPEG', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
} as const;
export type FileMediaType = keyof typeof FILE_TYPES;
export const FILE_MEDIA_TYPES = Object.keys(FILE_TYPES) as [FileMediaType, ...FileMediaType[]];

/** For a file input's `accept`: every allowed extension and type. */
export const FILE_ACCEPT = [
  ...Object.values(FILE_TYPES).flatMap((t) => t.extensions.map((e) => `.${e}`)),
  ...FILE_MEDIA_TYPES,
].join(',');

/** An uploaded file as the browser receives it (POST /api/v1/files, GET /api/v1/files/:id). */
export const storedFileSchema = z.object({
  id: z.string(),
  originalName: z.string(),
  mediaType: z.enum(FILE_MEDIA_TYPES),
  size: z.number().int(),
  /** SM3 digest of the bytes, 64 lowercase hex digits. */
  sm3: z.string(),
  createdAt: z.string(),
});
export type StoredFileInfo = z.infer<typeof storedFileSchema>;
