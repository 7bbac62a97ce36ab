import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  bundleInputSchema,
  itemInputSchema,
  type BundleInput,
  type ItemInput,
} from '../../shared/catalog.contract';
import type { WriteCtx } from '../../server/auth/actor';
import { regionCovers } from '../../server/auth/scope';
import type { Localized } from '../../server/http/lang';
import { appendAudit } from '../audit/audit.service';
import { canonicalJson } from '../audit/audit.chain';
import { departments } from '../org/org.tables';
import { checkBundle, type BundleMemberFacts } from './catalog.bundle-rules';
import { checkItem } from './catalog.rules';
import { invalidateCatalog, saveBundle } from './catalog.service';
import { indexText } from './catalog.search';
import {
  catalogBundles,
  catalogItems,
  catalogItemVersions,
  catalogSynonyms,
  publishedVersionOf,
} from './catalog.tables';

/** A problem in an import, located the way a spreadsheet user finds it. */
export type ImportProblem = {
  sheet: 'items' | 'bundles';
  row: number;
  field: string;
  code: string;
  message: Localized;
};

export type ImportResult =
  | { ok: true; created: number; updated: number; unchanged: number; bundles: number }
  | { ok: false; problems: ImportProblem[] };

const CHUNK = 500;

function chunks<T>(rows: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function zodProblems(
  sheet: ImportProblem['sheet'],
  row: number,
  issues: { path: PropertyKey[]; message: string }[],
): ImportProblem[] {
  return issues.map((i) => ({
    sheet,
    row,
    field: i.path.map(String).join('.'),
    code: 'INVALID',
    message: { zh: i.message, en: i.message },
  }));
}

/**
 * Checks every row first; on any problem nothing is written. Items whose published content is
 * identical are left alone, so importing the same file twice changes nothing.
 */
export async function importCatalog(
  ctx: WriteCtx,
  input: { items: unknown[]; bundles: unknown[]; synonyms?: { phrase: string; expansions: string[] }[] },
): Promise<ImportResult> {
  const problems: ImportProblem[] = [];
  // Problems name the row of the input, so a row that fails parsing must not shift the ones after it.
  const rows: { row: number; item: ItemInput }[] = [];
  input.items.forEach((raw, row) => {
    const parsed = itemInputSchema.safeParse(raw);
    if (!parsed.success) return problems.push(...zodProblems('items', row, parsed.error.issues));
    for (const p of checkItem(parsed.data)) problems.push({ sheet: 'items', row, ...p });
    if (ctx.actor && !regionCovers(ctx.actor.regionCode, parsed.data.regionCode)) {
      problems.push({
        sheet: 'items',
        row,
        field: 'regionCode',
        code: 'OUT_OF_SCOPE',
        message: { zh: '该事项不在您的管辖区划内', en: 'This item is outside your region' },
      });
    }
    rows.push({ row, item: parsed.data });
  });
  const items = rows.map((r) => r.item);
  const seen = new Map<string, number>();
  rows.forEach(({ item, row }) => {
    const first = seen.get(item.implCode);
    if (first !== undefined) {
      problems.push({
        sheet: 'items',
        row,
        field: 'implCode',
        code: 'IMPL_CODE_DUPLICATE',
        message: {
          zh: `与第 ${first + 1} 行的实施编码重复`,
          en: `Same implementation code as row ${first + 1}`,
        },
      });
    } else seen.set(item.implCode, row);
  });

  const departmentRows = await ctx.db
    .select({
      id: departments.id,
      name: departments.name,
      regionCode: departments.regionCode,
      key: departments.key,
    })
    .from(departments);
  const departmentOf = new Map(departmentRows.map((d) => [`${d.regionCode}|${d.key}`, d]));
  rows.forEach(({ item, row }) => {
    if (!departmentOf.has(`${item.regionCode}|${item.departmentKey}`)) {
      problems.push({
        sheet: 'items',
        row,
        field: 'departmentKey',
        code: 'DEPARTMENT_UNKNOWN',
        message: { zh: '该区划下没有这个部门', en: 'No such department in this region' },
      });
    }
  });

  const bundles: BundleInput[] = [];
  const knownCodes = new Set(items.map((i) => i.implCode));
  // The first row of a duplicated code counts, as for the items themselves.
  const memberFacts = new Map<string, BundleMemberFacts>();
  for (const i of items)
    if (!memberFacts.has(i.implCode))
      memberFacts.set(i.implCode, {
        implCode: i.implCode,
        regionCode: i.regionCode,
        departmentKey: i.departmentKey,
        promisedDays: i.promisedDays,
      });
  input.bundles.forEach((raw, row) => {
    const parsed = bundleInputSchema.safeParse(raw);
    if (!parsed.success) return problems.push(...zodProblems('bundles', row, parsed.error.issues));
    parsed.data.memberImplCodes.forEach((code, i) => {
      if (!knownCodes.has(code))
        problems.push({
          sheet: 'bundles',
          row,
          field: `memberImplCodes.${i}`,
          code: 'MEMBER_UNKNOWN',
          message: { zh: `成员事项 ${code} 不在本次导入中`, en: `Member ${code} is not in this import` },
        });
    });
    const leadKnown = departmentOf.has(`${parsed.data.regionCode}|${parsed.data.leadDepartmentKey}`);
    if (!leadKnown) {
      problems.push({
        sheet: 'bundles',
        row,
        field: 'leadDepartmentKey',
        code: 'DEPARTMENT_UNKNOWN',
        message: { zh: '该区划下没有这个部门', en: 'No such department in this region' },
      });
    }
    for (const p of checkBundle(parsed.data, memberFacts))
      if (leadKnown || p.code !== 'LEAD_HANDLES_NO_MEMBER') problems.push({ sheet: 'bundles', row, ...p });
    if (ctx.actor && !regionCovers(ctx.actor.regionCode, parsed.data.regionCode)) {
      problems.push({
        sheet: 'bundles',
        row,
        field: 'regionCode',
        code: 'BUNDLE_OUT_OF_SCOPE',
        message: { zh: '该一件事不在您的管辖区划内', en: 'This bundle is outside your region' },
      });
    }
    bundles.push(parsed.data);
  });
  if (problems.length) return { ok: false, problems };

  const existing = new Map<string, { id: string; publishedVersion: number | null; data: ItemInput | null }>();
  for (const codes of chunks([...seen.keys()], 1000)) {
    const rows = await ctx.db
      .select({
        id: catalogItems.id,
        implCode: catalogItems.implCode,
        publishedVersion: catalogItems.publishedVersion,
        data: catalogItemVersions.data,
      })
      .from(catalogItems)
      .leftJoin(catalogItemVersions, publishedVersionOf)
      .where(inArray(catalogItems.implCode, codes));
    for (const r of rows)
      existing.set(r.implCode, { id: r.id, publishedVersion: r.publishedVersion, data: r.data });
  }

  const now = new Date();
  const actorId = ctx.actor?.accountId ?? null;
  const row = (item: ItemInput) => {
    const department = departmentOf.get(`${item.regionCode}|${item.departmentKey}`);
    if (!department) throw new Error('department vanished');
    return {
      departmentId: department.id,
      name: item.name,
      baseCode: item.baseCode,
      itemType: item.type,
      level: item.level,
      serviceObjects: item.serviceObjects,
      themes: item.themes,
      promisedDays: item.promisedDays,
      visits: item.visits,
      onlineDepth: item.onlineDepth,
      updatedAt: now,
      searchVector: sql`setweight(to_tsvector('simple', ${indexText(item.name)}), 'A') || setweight(to_tsvector('simple', ${indexText(...item.aliases, ...item.keywords)}), 'B') || setweight(to_tsvector('simple', ${indexText(department.name, item.mainItem.name, ...item.themes, item.result.name)}), 'C')`,
    };
  };

  const fresh = items.filter((i) => !existing.has(i.implCode));
  // Stored data is compared as the schema reads it today, so that a field added since (with its
  // default) does not make every older item look changed.
  const asReadToday = (data: ItemInput) => {
    const parsed = itemInputSchema.safeParse(data);
    return canonicalJson(parsed.success ? parsed.data : data);
  };
  const changed = items.filter((i) => {
    const e = existing.get(i.implCode);
    return e !== undefined && (e.data === null || asReadToday(e.data) !== canonicalJson(i));
  });

  await ctx.db.transaction(async (tx) => {
    for (const part of chunks(fresh)) {
      const inserted = await tx
        .insert(catalogItems)
        .values(
          part.map((item) => ({
            implCode: item.implCode,
            regionCode: item.regionCode,
            publishedVersion: 1,
            ...row(item),
          })),
        )
        .returning({ id: catalogItems.id, implCode: catalogItems.implCode });
      const idOf = new Map(inserted.map((r) => [r.implCode, r.id]));
      await tx.insert(catalogItemVersions).values(
        part.map((item) => ({
          itemId: idOf.get(item.implCode) ?? '',
          version: 1,
          status: 'published' as const,
          data: item,
          createdBy: actorId,
          createdAt: now,
          publishedBy: actorId,
          publishedAt: now,
        })),
      );
    }
    for (const item of changed) {
      const e = existing.get(item.implCode);
      if (!e) continue;
      const [last] = await tx
        .select({ v: sql<number>`max(${catalogItemVersions.version})`.mapWith(Number) })
        .from(catalogItemVersions)
        .where(eq(catalogItemVersions.itemId, e.id));
      const version = (last?.v ?? 0) + 1;
      if (e.publishedVersion !== null) {
        await tx
          .update(catalogItemVersions)
          .set({ status: 'superseded' })
          .where(
            and(eq(catalogItemVersions.itemId, e.id), eq(catalogItemVersions.version, e.publishedVersion)),
          );
      }
      await tx.insert(catalogItemVersions).values({
        itemId: e.id,
        version,
        status: 'published',
        data: item,
        createdBy: actorId,
        createdAt: now,
        publishedBy: actorId,
        publishedAt: now,
      });
      await tx
        .update(catalogItems)
        .set({ ...row(item), publishedVersion: version })
        .where(eq(catalogItems.id, e.id));
    }
    if (input.synonyms?.length) {
      for (const s of input.synonyms) {
        await tx
          .insert(catalogSynonyms)
          .values(s)
          .onConflictDoUpdate({ target: catalogSynonyms.phrase, set: { expansions: s.expansions } });
      }
    }
    const txCtx = { ...ctx, db: tx };
    const savedBundles = bundles.length
      ? await tx
          .select({ code: catalogBundles.code, data: catalogBundles.data })
          .from(catalogBundles)
          .where(
            inArray(
              catalogBundles.code,
              bundles.map((b) => b.code),
            ),
          )
      : [];
    for (const bundle of bundles) {
      const saved = savedBundles.find((b) => b.code === bundle.code);
      if (!saved || canonicalJson(saved.data) !== canonicalJson(bundle)) await saveBundle(txCtx, bundle);
    }
    if (fresh.length || changed.length) {
      await appendAudit(tx, ctx, {
        action: 'catalog.import',
        entityType: 'catalog',
        change: {
          created: fresh.map((i) => i.implCode),
          updated: changed.map((i) => i.implCode),
          bundles: bundles.map((b) => b.code),
        },
      });
    }
  });
  await invalidateCatalog(ctx.db);
  // A bulk load leaves GIN's pending list long and the planner's statistics stale; both slow search.
  if (fresh.length + changed.length >= 1000) {
    await ctx.db.execute(sql`select gin_clean_pending_list('catalog_items_search_idx'::regclass)`);
    await ctx.db.execute(sql`analyze catalog_items`);
  }
  return {
    ok: true,
    created: fresh.length,
    updated: changed.length,
    unchanged: items.length - fresh.length - changed.length,
    bundles: bundles.length,
  };
}
