import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { ItemInput, Material } from '../../shared/catalog.contract';
import type { Ctx } from '../../server/auth/actor';
import type { Db } from '../../server/db/client';
import { AppError } from '../../server/http/errors';
import type { Localized } from '../../server/http/lang';
import { registerFileReferences } from '../files/files.prune';
import { readFileUnchecked, type StoredFile } from '../files/files.service';
import { storedFiles } from '../files/files.tables';
import { catalogItems, catalogItemVersions, publishedVersionOf } from './catalog.tables';

/**
 * 空白表格 and 示例样表: files attached to a catalog material. They are ordinary uploads (PDF, OFD,
 * PNG or JPEG, whatever the files module accepts); the material keeps only their ids.
 */

/** The URL segment of each kind of file, and the material field that holds it. */
export const MATERIAL_FILE_KINDS = { 'blank-form': 'blankFormFileId', sample: 'sampleFileId' } as const;
export type MaterialFileKind = keyof typeof MATERIAL_FILE_KINDS;
const FILE_FIELDS = Object.values(MATERIAL_FILE_KINDS);

/** Every file id in the materials of the versions matching `where`, one per row (column `file_id`). */
function materialFileIds(where: SQL = sql`true`): SQL {
  return sql`select ref.id::uuid as file_id
    from ${catalogItemVersions}
    cross join lateral jsonb_array_elements(${catalogItemVersions.data}->'materials') as m(material)
    cross join lateral (values (m.material->>'blankFormFileId'), (m.material->>'sampleFileId')) as ref(id)
    where ref.id is not null and ${where}`;
}

/**
 * Every version keeps its files, drafts and superseded ones included: an old version stays readable
 * as it was. Registered at start-up, so the sweep of unreferenced uploads spares them.
 */
export function registerCatalogFileReferences(): void {
  registerFileReferences('catalog.materials', materialFileIds());
}

const FILE_UNKNOWN: Localized = {
  zh: '文件不存在，或不是您上传的；请重新上传',
  en: 'No such file among your uploads; upload it again',
};

/** The item a save belongs to, when it exists already: its earlier versions' files may stay. */
export type FileOwner = { itemId: string } | { implCode: string } | null;

/**
 * The material files of `item` the saving account may not refer to, as field problems. A file may be
 * referred to when the account uploaded it, when an earlier version of the same item already refers
 * to it, or when a published guide does (it is public anyway, and adoption copies a template's).
 */
export async function materialFileProblems(
  db: Db,
  accountId: string,
  item: Pick<ItemInput, 'materials'>,
  owner: FileOwner,
): Promise<{ field: string; code: string; message: Localized }[]> {
  const refs = item.materials.flatMap((m: Material, i) =>
    FILE_FIELDS.flatMap((f) => (m[f] ? [{ field: `materials.${i}.${f}`, fileId: m[f] }] : [])),
  );
  if (refs.length === 0) return [];
  const sameItem =
    owner === null
      ? sql`false`
      : 'itemId' in owner
        ? sql`${catalogItemVersions.itemId} = ${owner.itemId}`
        : sql`${catalogItemVersions.itemId} in (select ${catalogItems.id} from ${catalogItems} where ${catalogItems.implCode} = ${owner.implCode})`;
  const usable = await db
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(
      and(
        inArray(storedFiles.id, [...new Set(refs.map((r) => r.fileId))]),
        or(
          eq(storedFiles.uploadedBy, accountId),
          sql`${storedFiles.id} in (${materialFileIds(sql`(${sameItem} or ${catalogItemVersions.status} = 'published')`)})`,
        ),
      ),
    );
  const ok = new Set(usable.map((r) => r.id));
  return refs
    .filter((r) => !ok.has(r.fileId))
    .map((r) => ({ field: r.field, code: 'FILE_UNKNOWN', message: FILE_UNKNOWN }));
}

/** Refuses (400, at each field) a save whose materials refer to files the account may not use. */
export async function assertMaterialFiles(
  db: Db,
  accountId: string,
  item: Pick<ItemInput, 'materials'>,
  owner: FileOwner,
): Promise<void> {
  const problems = await materialFileProblems(db, accountId, item, owner);
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems);
}

/** A file of a material of the item's published version, for the public guide; 404 when there is none. */
export async function publishedMaterialFile(
  ctx: Ctx,
  implCode: string,
  materialKey: string,
  kind: MaterialFileKind,
): Promise<{ file: StoredFile; bytes: Buffer }> {
  const [row] = await ctx.db
    .select({ data: catalogItemVersions.data })
    .from(catalogItems)
    .innerJoin(catalogItemVersions, publishedVersionOf)
    .where(eq(catalogItems.implCode, implCode));
  // Versions saved before these fields lack them: undefined counts as none.
  const fileId = row?.data.materials.find((m) => m.key === materialKey)?.[MATERIAL_FILE_KINDS[kind]];
  if (!fileId) throw new AppError('NOT_FOUND');
  return readFileUnchecked(ctx.db, ctx.files, fileId, ctx);
}
