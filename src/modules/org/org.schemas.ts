import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../../shared/pagination';

export const regionCodeSchema = z
  .string()
  .regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, 'GB/T 2260 region code');

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'city', 'county', 'township', 'village']),
  parentCode: z.string().nullable(),
});
export const regionsQuerySchema = z.object({ parent: regionCodeSchema.optional() });

export const centerSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  name: z.string(),
  level: z.enum(['city', 'county', 'township']),
  address: z.string(),
  phone: z.string(),
});

export const departmentSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  name: z.string(),
  shortName: z.string(),
  key: z.string(),
});
export const departmentsQuerySchema = pageQuerySchema.extend({
  region: regionCodeSchema.optional(),
  q: z.string().trim().max(50).optional(),
});
export const departmentPageSchema = pageOf(departmentSchema);

export const createDepartmentSchema = z.strictObject({
  regionCode: regionCodeSchema,
  name: z.string().trim().min(2).max(100),
  shortName: z.string().trim().min(1).max(30),
  key: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, 'lower-case key'),
});

export const windowSchema = z.object({
  id: z.string(),
  centerId: z.string(),
  regionCode: z.string(),
  number: z.string(),
  name: z.string(),
  kind: z.enum(['general', 'dedicated']),
  departmentId: z.string().nullable(),
  active: z.boolean(),
});
export const windowsQuerySchema = z.object({ center: z.uuid().optional() });

export const createWindowSchema = z.strictObject({
  centerId: z.uuid(),
  number: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{1,16}$/, 'e.g. A01'),
  name: z.string().trim().min(1).max(50),
  kind: z.enum(['general', 'dedicated']),
  departmentId: z.uuid().nullable().default(null),
});
export const updateWindowSchema = z.strictObject({
  name: z.string().trim().min(1).max(50).optional(),
  active: z.boolean().optional(),
});

export const idParamSchema = z.object({ id: z.uuid() });
