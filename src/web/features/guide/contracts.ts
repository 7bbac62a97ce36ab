import { z } from 'zod';
import { itemInputSchema } from '../../../shared/catalog.contract';

/*
 * The public catalog API as JSON arrives in the browser. These mirror
 * src/modules/catalog/catalog.schemas.ts, with timestamps as ISO strings (the server declares
 * z.date()). Labels and enums the page only shows are kept open (z.string()), so that a new server
 * value shows raw instead of failing the page.
 */

const segmentsSchema = z.array(z.object({ text: z.string(), hit: z.boolean() }));
export type Segments = z.infer<typeof segmentsSchema>;

export const itemSummarySchema = z.object({
  implCode: z.string(),
  name: z.string(),
  segments: segmentsSchema,
  departmentName: z.string(),
  itemType: z.string(),
  level: z.number(),
  serviceObjects: z.array(z.number()),
  themes: z.array(z.string()),
  promisedDays: z.number(),
  visits: z.number(),
  onlineDepth: z.string(),
});
export type ItemSummary = z.infer<typeof itemSummarySchema>;

export const lifeCycleSchema = z.enum(['personal', 'business']);
export type LifeCycle = z.infer<typeof lifeCycleSchema>;

export const bundleSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  segments: segmentsSchema,
  lifeCycle: lifeCycleSchema,
  lifeEvent: z.string(),
  memberCount: z.number(),
});
export type BundleSummary = z.infer<typeof bundleSummarySchema>;
export const bundleListSchema = z.array(bundleSummarySchema);

const facetSchema = z.array(z.object({ value: z.string(), label: z.string(), count: z.number() }));
export type Facet = z.infer<typeof facetSchema>[number];

export const searchResponseSchema = z.object({
  items: z.array(itemSummarySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  facets: z.object({
    departments: facetSchema,
    levels: facetSchema,
    objects: facetSchema,
    themes: facetSchema,
  }),
  bundles: z.array(bundleSummarySchema),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export const itemDetailSchema = z.object({
  id: z.string(),
  version: z.number(),
  publishedAt: z.string().nullable(),
  departmentName: z.string(),
  regionName: z.string(),
  item: itemInputSchema,
});
export type ItemDetail = z.infer<typeof itemDetailSchema>;

export const bundleDetailSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  lifeCycle: lifeCycleSchema,
  lifeEvent: z.string(),
  leadDepartmentName: z.string(),
  coDepartmentNames: z.array(z.string()),
  promisedDays: z.number(),
  members: z.array(
    z.object({
      implCode: z.string(),
      name: z.string(),
      departmentName: z.string(),
      promisedDays: z.number(),
      visits: z.number(),
      result: z.string(),
    }),
  ),
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
  savings: z.object({
    separately: z.object({ visits: z.number(), materials: z.number(), days: z.number() }),
    bundled: z.object({ visits: z.number(), materials: z.number(), days: z.number() }),
  }),
});
export type BundleDetail = z.infer<typeof bundleDetailSchema>;

/**
 * One line of a checklist. The item endpoint answers whole materials, the bundle endpoint a subset
 * plus `neededBy`; this reads both.
 */
const checklistMaterialSchema = z.object({
  name: z.string(),
  form: z.string(),
  count: z.number(),
  issuer: z.string(),
  requirement: z.string(),
  note: z.string().nullish(),
  licenseType: z.string().nullish(),
  proofItem: z.string().nullish(),
  neededBy: z.array(z.string()).optional(),
  /** Item checklists only: the material's key and its downloadable forms. */
  key: z.string().optional(),
  blankFormFileId: z.string().nullish(),
  sampleFileId: z.string().nullish(),
});
export type ChecklistMaterial = z.infer<typeof checklistMaterialSchema>;

export const checklistResponseSchema = z.object({
  materials: z.array(checklistMaterialSchema),
  conditions: z.array(z.string()),
  unanswered: z.array(z.string()),
});
export type Checklist = z.infer<typeof checklistResponseSchema>;

export type Answers = Record<string, string>;
export type MaterialFileKind = 'blank-form' | 'sample';

export interface Question {
  key: string;
  text: string;
  options: { key: string; label: string }[];
}

export function withQuery(path: string, query: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const api = {
  search: '/api/v1/items',
  bundles: '/api/v1/bundles',
  item: (implCode: string) => `/api/v1/items/${encodeURIComponent(implCode)}`,
  itemChecklist: (implCode: string) => `/api/v1/items/${encodeURIComponent(implCode)}/checklist`,
  bundle: (code: string) => `/api/v1/bundles/${encodeURIComponent(code)}`,
  bundleChecklist: (code: string) => `/api/v1/bundles/${encodeURIComponent(code)}/checklist`,
  /** 空白表格 / 示例样表 of a material, from the published guide. */
  materialFile: (implCode: string, key: string, kind: MaterialFileKind) =>
    `/api/v1/items/${encodeURIComponent(implCode)}/materials/${encodeURIComponent(key)}/${kind}`,
  /** 一次性告知单: the server renders the same checklist as a PDF. */
  itemNotice: (implCode: string, answers: Answers) =>
    `/api/v1/items/${encodeURIComponent(implCode)}/notice.pdf?answers=${encodeURIComponent(JSON.stringify(answers))}`,
  bundleNotice: (code: string, answers: Answers) =>
    `/api/v1/bundles/${encodeURIComponent(code)}/notice.pdf?answers=${encodeURIComponent(JSON.stringify(answers))}`,
};
