import { z } from 'zod';
import {
  bundleInputSchema,
  itemInputSchema,
  ITEM_TYPES,
  materialSchema,
} from '../../shared/catalog.contract';
import { pageOf, pageQuerySchema } from '../../shared/pagination';

const segmentsSchema = z.array(z.object({ text: z.string(), hit: z.boolean() }));

export const itemSearchQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(50).optional(),
  department: z.uuid().optional(),
  region: z
    .string()
    .regex(/^\d{2,12}$/)
    .optional(),
  type: z
    .enum(Object.keys(ITEM_TYPES) as [keyof typeof ITEM_TYPES, ...(keyof typeof ITEM_TYPES)[]])
    .optional(),
  level: z.coerce.number().int().min(1).max(6).optional(),
  object: z.coerce.number().int().min(1).max(6).optional(),
  theme: z.string().trim().max(30).optional(),
});
export type ItemSearchQuery = z.infer<typeof itemSearchQuerySchema>;

export const itemSummarySchema = z.object({
  id: z.string(),
  implCode: z.string(),
  name: z.string(),
  segments: segmentsSchema,
  regionCode: z.string(),
  departmentId: z.string(),
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

const facetSchema = z.array(z.object({ value: z.string(), label: z.string(), count: z.number() }));

export const bundleSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  segments: segmentsSchema,
  lifeCycle: z.enum(['personal', 'business']),
  lifeEvent: z.string(),
  memberCount: z.number(),
});

export const itemSearchResponseSchema = z.object({
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

export const implCodeParamSchema = z.object({ implCode: z.string().regex(/^[0-9A-Z]{33}$/) });
export const materialFileParamSchema = implCodeParamSchema.extend({
  key: materialSchema.shape.key,
  kind: z.enum(['blank-form', 'sample']),
});

export const itemDetailSchema = z.object({
  id: z.string(),
  version: z.number(),
  publishedAt: z.date().nullable(),
  departmentName: z.string(),
  regionName: z.string(),
  templateItemId: z.string().nullable(),
  item: itemInputSchema,
});

export const checklistBodySchema = z.strictObject({
  answers: z.record(z.string().max(40), z.string().max(40)).default({}),
});
export const checklistResponseSchema = z.object({
  materials: z.array(materialSchema),
  conditions: z.array(z.string()),
  unanswered: z.array(z.string()),
});

export const itemIdParamSchema = z.object({ id: z.uuid() });
export const versionParamSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });

export const adminItemSchema = z.object({
  id: z.string(),
  implCode: z.string(),
  name: z.string(),
  regionCode: z.string(),
  departmentId: z.string(),
  publishedVersion: z.number().nullable(),
  draftVersion: z.number().nullable(),
  templateItemId: z.string().nullable(),
  updatedAt: z.date(),
});

export const versionSummarySchema = z.object({
  version: z.number(),
  status: z.enum(['draft', 'published', 'superseded']),
  createdAt: z.date(),
  createdBy: z.string().nullable(),
  publishedAt: z.date().nullable(),
  publishedBy: z.string().nullable(),
});
export const versionDetailSchema = versionSummarySchema.extend({ data: itemInputSchema });

export const adoptBodySchema = z.strictObject({
  regionCode: z.string().regex(/^\d{6,9}$/),
  implementingBody: itemInputSchema.shape.implementingBody,
  serial: z.string().regex(/^\d{3}$/),
  places: z.array(z.string().trim().min(1).max(200)).optional(),
  promisedDays: z.number().int().min(0).max(365).optional(),
  fee: itemInputSchema.shape.fee.optional(),
});
export type AdoptBody = z.infer<typeof adoptBodySchema>;

export const bundleCodeParamSchema = z.object({ code: z.string().regex(/^[A-Z0-9-]{3,40}$/) });
export const bundlesQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  lifeCycle: z.enum(['personal', 'business']).optional(),
});

export const bundleDetailSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  lifeCycle: z.enum(['personal', 'business']),
  lifeEvent: z.string(),
  leadDepartmentName: z.string(),
  /** 协办部门: the members' departments other than the lead. */
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
  /** One merged questionnaire: a question several items ask is asked once. */
  questions: z.array(
    z.object({
      key: z.string(),
      text: z.string(),
      options: z.array(z.object({ key: z.string(), label: z.string() })),
      askedBy: z.array(z.string()),
    }),
  ),
  /** One material list: a material several items need (same sharedKey) is asked for once. */
  materials: z.array(
    z.object({
      name: z.string(),
      sharedKey: z.string().nullable(),
      requirement: z.enum(['always', 'conditional']),
      neededBy: z.array(z.string()),
    }),
  ),
  savings: z.object({
    separately: z.object({ visits: z.number(), materials: z.number(), days: z.number() }),
    bundled: z.object({ visits: z.number(), materials: z.number(), days: z.number() }),
  }),
});
export type BundleDetail = z.infer<typeof bundleDetailSchema>;

export const bundleInputBodySchema = bundleInputSchema;

/** `?answers=` carries the questionnaire as JSON, so the notice link can be shared and printed again. */
export const noticeQuerySchema = z.object({
  answers: z
    .string()
    .max(4000)
    .default('{}')
    .transform((text, ctx) => {
      try {
        const parsed = z.record(z.string().max(40), z.string().max(40)).safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'answers must be a JSON object of question → option keys' });
      return z.NEVER;
    }),
});

export const bundleChecklistSchema = z.object({
  materials: z.array(
    z.object({
      name: z.string(),
      form: z.enum(['original', 'copy', 'electronic']),
      count: z.number(),
      issuer: z.string(),
      requirement: z.enum(['always', 'conditional']),
      sharedKey: z.string().nullable(),
      note: z.string(),
      neededBy: z.array(z.string()),
      /** The material's key in the first item of `neededBy`: where an application sends it. */
      key: z.string(),
    }),
  ),
  conditions: z.array(z.string()),
  unanswered: z.array(z.string()),
});

// ---- bundle console ----

const lifeCycleSchema = z.enum(['personal', 'business']);

export const adminBundlesQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(50).optional(),
  lifeCycle: lifeCycleSchema.optional(),
});
export type AdminBundlesQuery = z.infer<typeof adminBundlesQuerySchema>;

export const adminBundleSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  lifeCycle: lifeCycleSchema,
  lifeEvent: z.string(),
  leadDepartmentName: z.string(),
  memberCount: z.number(),
  promisedDays: z.number(),
  updatedAt: z.date(),
});
export const adminBundlePageSchema = pageOf(adminBundleSchema);

/** The bundle as its editor wrote it, to edit it again. */
export const adminBundleDetailSchema = z.object({ bundle: bundleInputSchema, updatedAt: z.date() });

/** What the editor has so far: enough to check the members and merge them, before a name exists. */
export const bundlePreviewBodySchema = z.strictObject({
  regionCode: bundleInputSchema.shape.regionCode,
  leadDepartmentKey: bundleInputSchema.shape.leadDepartmentKey.optional(),
  memberImplCodes: z.array(z.string().regex(/^[0-9A-Z]{33}$/)).max(30),
  promisedDays: bundleInputSchema.shape.promisedDays.optional(),
});
export type BundlePreviewBody = z.infer<typeof bundlePreviewBodySchema>;

export const bundlePreviewSchema = z.object({
  members: z.array(
    z.object({
      implCode: z.string(),
      name: z.string(),
      regionCode: z.string(),
      departmentKey: z.string(),
      departmentName: z.string(),
      promisedDays: z.number(),
      visits: z.number(),
    }),
  ),
  leadDepartmentName: z.string().nullable(),
  coDepartmentNames: z.array(z.string()),
  /** The longest promise among the members: the bundle's own may not exceed it. */
  slowestMemberDays: z.number().nullable(),
  questions: bundleDetailSchema.shape.questions,
  materials: bundleDetailSchema.shape.materials,
  savings: bundleDetailSchema.shape.savings,
  /** What saving this would be refused for, at the editor's fields. */
  problems: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
});

export const bundleCandidatesQuerySchema = pageQuerySchema.extend({
  region: z.string().regex(/^\d{2,12}$/),
  q: z.string().trim().max(50).optional(),
});
export type BundleCandidatesQuery = z.infer<typeof bundleCandidatesQuerySchema>;

export const bundleCandidateSchema = z.object({
  implCode: z.string(),
  name: z.string(),
  regionCode: z.string(),
  departmentKey: z.string(),
  departmentName: z.string(),
  promisedDays: z.number(),
  visits: z.number(),
});
export const bundleCandidatePageSchema = pageOf(bundleCandidateSchema);
