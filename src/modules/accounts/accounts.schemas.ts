import { z } from 'zod';
import { creditCodeSchema, idNumberSchema } from '../../shared/identity';
import { pageOf, pageQuerySchema } from '../../shared/pagination';
import { roleSchema, STAFF_ROLES } from '../../shared/roles';

export const passwordSchema = z
  .string()
  .min(8)
  .max(128)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), {
    params: { code: 'PASSWORD_WEAK' },
    message: 'needs letters and digits',
  });

const usernameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{2,63}$/, 'letters, digits, _ . -; starts with a letter');
const phoneSchema = z.string().regex(/^1[3-9]\d{9}$/, 'mainland mobile number');

export const registerCitizenSchema = z.strictObject({
  kind: z.literal('citizen'),
  username: usernameSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(2).max(50),
  idNumber: idNumberSchema,
  phone: phoneSchema,
});
export const registerEnterpriseSchema = z.strictObject({
  kind: z.literal('enterprise'),
  username: usernameSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(2).max(100),
  creditCode: creditCodeSchema,
  phone: phoneSchema,
});
export const registerSchema = z.discriminatedUnion('kind', [registerCitizenSchema, registerEnterpriseSchema]);
export type RegisterInput = z.infer<typeof registerSchema>;

export const createStaffSchema = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(2).max(50),
  role: z.enum(STAFF_ROLES as [(typeof STAFF_ROLES)[number], ...(typeof STAFF_ROLES)[number][]]),
  regionCode: z.string().regex(/^\d{2,12}$/),
  departmentId: z.uuid().nullable().default(null),
  centerId: z.uuid().nullable().default(null),
  windowId: z.uuid().nullable().default(null),
  phone: phoneSchema.nullable().default(null),
});
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

/** An account as lists show it: personal numbers masked. */
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
  status: z.enum(['active', 'disabled']),
  lockedUntil: z.date().nullable(),
  createdAt: z.date(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;
export const accountPageSchema = pageOf(accountSummarySchema);
export const accountsQuerySchema = pageQuerySchema.extend({
  role: roleSchema.optional(),
  q: z.string().trim().max(50).optional(),
  department: z.uuid().optional(),
});

export const personalDataSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  idNumber: z.string().nullable(),
  creditCode: z.string().nullable(),
  phone: z.string().nullable(),
});

export const createApiTokenSchema = z.strictObject({
  accountId: z.uuid(),
  name: z.string().trim().min(2).max(100),
  expiresInDays: z.number().int().min(1).max(3650).nullable().default(365),
});
export const apiTokenSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string() });

export const updateAccountSchema = z.strictObject({
  status: z.enum(['active', 'disabled']).optional(),
  /** true clears a lock-out before its time is up. */
  unlock: z.literal(true).optional(),
});
