import { z } from 'zod';
import { itemInputSchema } from '../../../../shared/catalog.contract';
import { pageOf } from '../../../../shared/pagination';
import { AREA_HOME } from '../../../app/nav';

/*
 * The catalog admin API as JSON arrives in the browser. These mirror src/modules/catalog/catalog.schemas.ts
 * (adminItemSchema, versionSummarySchema, versionDetailSchema), with timestamps as ISO strings and the
 * version status kept open, so that a new server value shows raw instead of failing the page.
 */

export const adminItemSchema = z.object({
  id: z.string(),
  implCode: z.string(),
  name: z.string(),
  regionCode: z.string(),
  departmentId: z.string(),
  publishedVersion: z.number().int().nullable(),
  draftVersion: z.number().int().nullable(),
  templateItemId: z.string().nullable(),
  updatedAt: z.string(),
});
export type AdminItem = z.infer<typeof adminItemSchema>;
export const adminItemPageSchema = pageOf(adminItemSchema);

export const versionSummarySchema = z.object({
  version: z.number().int(),
  status: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;
export const versionListSchema = z.array(versionSummarySchema);

export const versionDetailSchema = versionSummarySchema.extend({ data: itemInputSchema });
export type VersionDetail = z.infer<typeof versionDetailSchema>;

/** POST /api/v1/catalog/import, 200. */
export const importResultSchema = z.object({
  ok: z.literal(true),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  bundles: z.number(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** One detail of a refused import: where in the workbook, as Excel numbers rows and columns. */
export const sheetProblemSchema = z
  .object({
    sheet: z.string().nullish(),
    row: z.number().nullish(),
    column: z.string().nullish(),
    header: z.string().nullish(),
    field: z.string().nullish(),
    code: z.string().nullish(),
    message: z.string(),
  })
  .loose();
export type SheetProblem = z.infer<typeof sheetProblemSchema>;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Where the feature is mounted (see app/nav.tsx), and its pages. */
export const CATALOG_BASE = `${AREA_HOME.console}/catalog`;
export const catalogPaths = {
  list: CATALOG_BASE,
  create: `${CATALOG_BASE}/new`,
  edit: (id: string) => `${CATALOG_BASE}/${id}/edit`,
  versions: (id: string) => `${CATALOG_BASE}/${id}/versions`,
  adopt: (id: string) => `${CATALOG_BASE}/${id}/adopt`,
};

export const itemApi = {
  list: '/api/v1/catalog/items',
  draft: (id: string) => `/api/v1/catalog/items/${id}/draft`,
  publish: (id: string) => `/api/v1/catalog/items/${id}/publish`,
  versions: (id: string) => `/api/v1/catalog/items/${id}/versions`,
  version: (id: string, v: number) => `/api/v1/catalog/items/${id}/versions/${v}`,
  adopt: (id: string) => `/api/v1/catalog/items/${id}/adopt`,
  template: '/api/v1/catalog/template.xlsx',
  export: '/api/v1/catalog/export.xlsx',
  import: '/api/v1/catalog/import',
};

/** A city-level item (region code of 4 digits) is a template that counties and townships adopt. */
export function isCityLevel(regionCode: string): boolean {
  return regionCode.length === 4;
}

/** Published and draft version numbers, from a versions list (newest first). */
export function versionState(versions: readonly VersionSummary[]): {
  publishedVersion: number | null;
  draftVersion: number | null;
} {
  return {
    publishedVersion: versions.find((v) => v.status === 'published')?.version ?? null,
    draftVersion: versions.find((v) => v.status === 'draft')?.version ?? null,
  };
}
