import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../../shared/pagination';

export const auditQuerySchema = pageQuerySchema.extend({
  action: z.string().max(64).optional(),
  entityType: z.string().max(32).optional(),
  entityId: z.string().max(64).optional(),
  actorId: z.uuid().optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditRowSchema = z.object({
  seq: z.number().int(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  regionCode: z.string().nullable(),
  requestId: z.string().nullable(),
  digest: z.string(),
  detail: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export const auditPageSchema = pageOf(auditRowSchema);

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  rowsChecked: z.number().int(),
  firstBroken: z
    .object({ seq: z.number().int(), reason: z.enum(['hash_mismatch', 'link_broken']) })
    .nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifySchema>;
