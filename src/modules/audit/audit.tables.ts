import { bigserial, index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * Append-only (a trigger refuses UPDATE and DELETE) and hash-chained: each row's hash is
 * SM3(previous hash ‖ this row's canonical fields), so any edit or removal breaks the chain.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    action: varchar('action', { length: 64 }).notNull(),
    entityType: varchar('entity_type', { length: 32 }).notNull(),
    entityId: text('entity_id'),
    regionCode: varchar('region_code', { length: 12 }),
    requestId: text('request_id'),
    /** SM3 of the canonical JSON of the change; the change itself is kept (masked) in detail. */
    digest: varchar('digest', { length: 64 }).notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    prevHash: varchar('prev_hash', { length: 64 }).notNull(),
    hash: varchar('hash', { length: 64 }).notNull(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.actorId),
    index('audit_log_at_idx').on(t.at),
  ],
);
