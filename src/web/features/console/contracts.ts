import { z } from 'zod';
import { pageOf } from '../../../shared/pagination';
import { roleSchema } from '../../../shared/roles';

/*
 * The responses these pages read, as JSON arrives in the browser. They mirror
 * src/modules/{org,accounts,audit}/*.schemas.ts, which cannot be reused as they are: those declare
 * timestamps as z.date() (the server serializes Date objects), while the browser receives ISO strings.
 * Enums are kept open (z.string()) where a new server value should show raw, not fail the page.
 */

const isoDateTime = z.string();

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
});
export type Region = z.infer<typeof regionSchema>;
export const regionListSchema = z.array(regionSchema);

export const centerSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  name: z.string(),
  level: z.string(),
  address: z.string(),
  phone: z.string(),
});
export type Center = z.infer<typeof centerSchema>;
export const centerListSchema = z.array(centerSchema);

export const departmentSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  name: z.string(),
  shortName: z.string(),
  key: z.string(),
});
export type Department = z.infer<typeof departmentSchema>;
export const departmentPageSchema = pageOf(departmentSchema);

export const windowKinds = ['general', 'dedicated'] as const;
export type WindowKind = (typeof windowKinds)[number];

export const windowSchema = z.object({
  id: z.string(),
  centerId: z.string(),
  regionCode: z.string(),
  number: z.string(),
  name: z.string(),
  kind: z.enum(windowKinds),
  departmentId: z.string().nullable(),
  active: z.boolean(),
});
export type OrgWindow = z.infer<typeof windowSchema>;
export const windowListSchema = z.array(windowSchema);

/** POST /api/v1/windows; the same rule as the server's createWindowSchema, for early feedback. */
export const WINDOW_NUMBER = /^[A-Z0-9-]{1,16}$/;
export interface CreateWindowBody {
  centerId: string;
  number: string;
  name: string;
  kind: WindowKind;
  departmentId: string | null;
}

export const accountSummarySchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  regionCode: z.string().nullable(),
  departmentId: z.string().nullable(),
  centerId: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  creditCodeMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  status: z.string(),
  lockedUntil: isoDateTime.nullable(),
  createdAt: isoDateTime,
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;
export const accountPageSchema = pageOf(accountSummarySchema);

/** POST /api/v1/accounts (createStaffSchema on the server). */
export interface CreateStaffBody {
  username: string;
  password: string;
  displayName: string;
  role: string;
  regionCode: string;
  departmentId: string | null;
  centerId: string | null;
  windowId: string | null;
  phone: string | null;
}
export const USERNAME = /^[A-Za-z][A-Za-z0-9_.-]{2,63}$/;
export const MOBILE = /^1[3-9]\d{9}$/;

export const auditRowSchema = z.object({
  seq: z.number().int(),
  at: isoDateTime,
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
export type AuditRow = z.infer<typeof auditRowSchema>;
export const auditPageSchema = pageOf(auditRowSchema);

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  rowsChecked: z.number().int(),
  firstBroken: z
    .object({ seq: z.number().int(), reason: z.enum(['hash_mismatch', 'link_broken']) })
    .nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifySchema>;

/** Builds `path?k=v&…`, leaving out empty values so the server applies its defaults. */
export function withQuery(path: string, query: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
