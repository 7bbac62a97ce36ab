import { z } from 'zod';
import { bundleInputSchema } from '../../../../shared/catalog.contract';
import type { BundleInput } from '../../../../shared/catalog.contract';
import { pageOf } from '../../../../shared/pagination';
import { CATALOG_BASE } from './contracts';

/*
 * The bundle console API as JSON arrives in the browser. These mirror the bundle schemas of
 * src/modules/catalog/catalog.schemas.ts, with timestamps as ISO strings and enums the page only
 * shows kept open.
 */

/** Who maintains bundles: the roles the /catalog/bundles routes admit. */
export const BUNDLE_EDITORS: readonly string[] = ['platform_admin', 'center_admin'];

export const adminBundleSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  lifeCycle: z.string(),
  lifeEvent: z.string(),
  leadDepartmentName: z.string(),
  memberCount: z.number(),
  promisedDays: z.number(),
  updatedAt: z.string(),
});
export type AdminBundle = z.infer<typeof adminBundleSchema>;
export const adminBundlePageSchema = pageOf(adminBundleSchema);

export const adminBundleDetailSchema = z.object({ bundle: bundleInputSchema, updatedAt: z.string() });

export const bundleCandidateSchema = z.object({
  implCode: z.string(),
  name: z.string(),
  regionCode: z.string(),
  departmentKey: z.string(),
  departmentName: z.string(),
  promisedDays: z.number(),
  visits: z.number(),
});
export type BundleCandidate = z.infer<typeof bundleCandidateSchema>;
export const bundleCandidatePageSchema = pageOf(bundleCandidateSchema);

const countsSchema = z.object({ visits: z.number(), materials: z.number(), days: z.number() });

export const bundlePreviewSchema = z.object({
  members: z.array(bundleCandidateSchema),
  leadDepartmentName: z.string().nullable(),
  coDepartmentNames: z.array(z.string()),
  slowestMemberDays: z.number().nullable(),
  questions: z.array(
    z.object({
      key: z.string(),
      text: z.string(),
      options: z.array(z.object({ key: z.string(), label: z.string() })),
      askedBy: z.array(z.string()),
    }),
  ),
  materials: z.array(
    z.object({
      name: z.string(),
      sharedKey: z.string().nullable(),
      requirement: z.string(),
      neededBy: z.array(z.string()),
    }),
  ),
  savings: z.object({ separately: countsSchema, bundled: countsSchema }),
  problems: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
});
export type BundlePreview = z.infer<typeof bundlePreviewSchema>;

/** The public detail the save answers with; only the code is read. */
export const savedBundleSchema = z.object({ code: z.string() });

export const bundlePaths = {
  list: `${CATALOG_BASE}/bundles`,
  create: `${CATALOG_BASE}/bundles/new`,
  edit: (code: string) => `${CATALOG_BASE}/bundles/${encodeURIComponent(code)}/edit`,
  guide: (code: string) => `/guide/bundles/${encodeURIComponent(code)}`,
};

export const bundleApi = {
  list: '/api/v1/catalog/bundles',
  one: (code: string) => `/api/v1/catalog/bundles/${encodeURIComponent(code)}`,
  candidates: '/api/v1/catalog/bundles/candidates',
  preview: '/api/v1/catalog/bundles/preview',
  departments: '/api/v1/departments',
};

/** The editor's form: the bundle input, with the number left empty until typed. */
export type BundleFormValues = Omit<BundleInput, 'promisedDays'> & { promisedDays: number | null };

export function blankBundle(regionCode: string | null): BundleFormValues {
  return {
    code: '',
    name: '',
    regionCode: regionCode ?? '',
    lifeCycle: 'business',
    lifeEvent: '',
    description: '',
    leadDepartmentKey: '',
    memberImplCodes: [],
    promisedDays: null,
    keywords: [],
  };
}

/** Trimmed strings, as the server's schema reads them; an empty number goes as it is, to be refused. */
export function toBundleInput(values: BundleFormValues): Record<string, unknown> {
  return {
    ...values,
    code: values.code.trim(),
    name: values.name.trim(),
    lifeEvent: values.lifeEvent.trim(),
    description: values.description.trim(),
    keywords: values.keywords.map((k) => k.trim()).filter(Boolean),
  };
}
