import { bigint, char, index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * An uploaded file's metadata; the bytes live in the file store (local directory by default). The
 * SM3 digest is taken on upload and checked on every read, so a file changed on disk is refused.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storageKey: text('storage_key').notNull().unique(),
    sm3: char('sm3', { length: 64 }).notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    originalName: text('original_name').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    regionCode: varchar('region_code', { length: 12 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stored_files_uploader_idx').on(t.uploadedBy, t.createdAt)],
);
