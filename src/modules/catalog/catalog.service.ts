import { and, asc, desc, eq, ilike, inArray, isNotNull, like, max, or, sql, type SQL } from 'drizzle-orm';
import {
  bundleInputSchema,
  ITEM_LEVELS,
  itemInputSchema,
  SERVICE_OBJECTS,
  type BundleInput,
  type ItemInput,
  type Material,
} from '../../shared/catalog.contract';
import type { Ctx, SignedInCtx, WriteCtx } from '../../server/auth/actor';
import { assertInScope, regionCovers } from '../../server/auth/scope';
import type { Db } from '../../server/db/client';
import { containsPattern, queryRows, uniqueViolation } from '../../server/db/sql';
import { AppError, fieldError } from '../../server/http/errors';
import type { Localized } from '../../server/http/lang';
import { appendAudit } from '../audit/audit.service';
import { findDepartmentByKey, getRegion } from '../org/org.service';
import { departments, regions } from '../org/org.tables';
import { checkBundle, memberRegions } from './catalog.bundle-rules';
import { assertMaterialFiles } from './catalog.files';
import { buildChecklist, checkItem, type Answers } from './catalog.rules';
import type {
  AdminBundlesQuery,
  AdoptBody,
  BundleCandidatesQuery,
  BundleDetail,
  BundlePreviewBody,
  ItemSearchQuery,
  ItemSummary,
} from './catalog.schemas';
import {
  bestMatches,
  byCodePoint,
  highlight,
  indexText,
  queryAlternatives,
  SearchIndex,
  tsQueryText,
  type Alternative,
} from './catalog.search';
import {
  catalogBundles,
  catalogItems,
  catalogItemVersions,
  catalogSynonyms,
  publishedVersionOf,
} from './catalog.tables';

type ItemRow = typeof catalogItems.$inferSelect;

function problemsError(problems: ReturnType<typeof checkItem>): AppError {
  return new AppError('VALIDATION_FAILED', problems);
}

/** Only the item's own department admins, and center or platform admins over its region, edit it. */
function assertMayEdit(ctx: SignedInCtx, target: { regionCode: string; departmentId: string }): void {
  assertInScope(ctx.actor, target);
  if (ctx.actor.role === 'dept_admin' && ctx.actor.departmentId !== target.departmentId)
    throw new AppError('OUT_OF_SCOPE');
}

async function departmentFor(db: Db, item: ItemInput) {
  const department = await findDepartmentByKey(db, item.regionCode, item.departmentKey);
  if (!department) {
    throw fieldError('departmentKey', 'DEPARTMENT_UNKNOWN', {
      zh: '该区划下没有这个部门',
      en: 'No such department in this region',
    });
  }
  return department;
}

/** The columns copied from a version onto the item row, for lists and filters. */
function summaryColumns(item: ItemInput) {
  return {
    name: item.name,
    baseCode: item.baseCode,
    itemType: item.type,
    level: item.level,
    serviceObjects: item.serviceObjects,
    themes: item.themes,
    promisedDays: item.promisedDays,
    visits: item.visits,
    onlineDepth: item.onlineDepth,
  };
}

/** Weighted search vector: the name counts most, then aliases and keywords, then the rest. */
function searchVectorSql(item: ItemInput, departmentName: string): SQL {
  const a = indexText(item.name);
  const b = indexText(...item.aliases, ...item.keywords);
  const c = indexText(departmentName, item.mainItem.name, ...item.themes, item.result.name);
  return sql`setweight(to_tsvector('simple', ${a}), 'A') || setweight(to_tsvector('simple', ${b}), 'B') || setweight(to_tsvector('simple', ${c}), 'C')`;
}

const IMPL_CODE_TAKEN = new AppError('CONFLICT', [
  {
    field: 'implCode',
    code: 'IMPL_CODE_TAKEN',
    message: { zh: '实施编码已存在', en: 'This implementation code exists already' },
  },
]);

/** A new item starts as draft version 1. */
export async function createItem(ctx: SignedInCtx, item: ItemInput): Promise<ItemRow> {
  const problems = checkItem(item);
  if (problems.length) throw problemsError(problems);
  await assertMaterialFiles(ctx.db, ctx.actor.accountId, item, null);
  const department = await departmentFor(ctx.db, item);
  assertMayEdit(ctx, { regionCode: item.regionCode, departmentId: department.id });
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(catalogItems)
        .values({
          implCode: item.implCode,
          regionCode: item.regionCode,
          departmentId: department.id,
          draftVersion: 1,
          ...summaryColumns(item),
        })
        .returning();
      if (!row) throw new Error('item insert returned nothing');
      await tx
        .insert(catalogItemVersions)
        .values({ itemId: row.id, version: 1, status: 'draft', data: item, createdBy: ctx.actor.accountId });
      await appendAudit(tx, ctx, {
        action: 'catalog.item.create',
        entityType: 'catalog_item',
        entityId: row.id,
        regionCode: row.regionCode,
        change: { implCode: item.implCode, name: item.name },
      });
      return row;
    });
  } catch (err) {
    if (uniqueViolation(err)) throw IMPL_CODE_TAKEN;
    throw err;
  }
}

async function itemRow(db: Db, id: string, forUpdate = false): Promise<ItemRow> {
  const q = db.select().from(catalogItems).where(eq(catalogItems.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Editing never touches a published version: it writes the draft, making one if there is none. */
export async function saveDraft(ctx: SignedInCtx, id: string, item: ItemInput): Promise<ItemRow> {
  const problems = checkItem(item);
  if (problems.length) throw problemsError(problems);
  return ctx.db.transaction(async (tx) => {
    const current = await itemRow(tx, id, true);
    assertMayEdit(ctx, current);
    await assertMaterialFiles(tx, ctx.actor.accountId, item, { itemId: id });
    if (item.implCode !== current.implCode || item.regionCode !== current.regionCode) {
      throw fieldError('implCode', 'IMPL_CODE_IMMUTABLE', {
        zh: '实施编码和区划不能修改，请新建事项',
        en: 'The implementation code and region cannot change; create a new item instead',
      });
    }
    const department = await departmentFor(tx, item);
    let version = current.draftVersion;
    if (version === null) {
      const [last] = await tx
        .select({ v: max(catalogItemVersions.version) })
        .from(catalogItemVersions)
        .where(eq(catalogItemVersions.itemId, id));
      version = (last?.v ?? 0) + 1;
      await tx
        .insert(catalogItemVersions)
        .values({ itemId: id, version, status: 'draft', data: item, createdBy: ctx.actor.accountId });
    } else {
      await tx
        .update(catalogItemVersions)
        .set({ data: item, createdBy: ctx.actor.accountId, createdAt: new Date() })
        .where(and(eq(catalogItemVersions.itemId, id), eq(catalogItemVersions.version, version)));
    }
    const unpublished =
      current.publishedVersion === null ? { ...summaryColumns(item), departmentId: department.id } : {};
    const [row] = await tx
      .update(catalogItems)
      .set({ draftVersion: version, updatedAt: new Date(), ...unpublished })
      .where(eq(catalogItems.id, id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await appendAudit(tx, ctx, {
      action: 'catalog.item.save_draft',
      entityType: 'catalog_item',
      entityId: id,
      regionCode: row.regionCode,
      change: { version, item },
    });
    return row;
  });
}

/** The draft becomes the published version; the one before is kept as superseded. */
export async function publishItem(ctx: SignedInCtx, id: string): Promise<ItemRow> {
  return ctx.db
    .transaction(async (tx) => {
      const current = await itemRow(tx, id, true);
      assertMayEdit(ctx, current);
      if (current.draftVersion === null) {
        throw new AppError('CONFLICT', [
          { code: 'NO_DRAFT', message: { zh: '没有待发布的草稿', en: 'There is no draft to publish' } },
        ]);
      }
      const [draft] = await tx
        .select()
        .from(catalogItemVersions)
        .where(
          and(eq(catalogItemVersions.itemId, id), eq(catalogItemVersions.version, current.draftVersion)),
        );
      if (!draft) throw new AppError('NOT_FOUND');
      const item = itemInputSchema.parse(draft.data);
      const problems = checkItem(item);
      if (problems.length) throw problemsError(problems);
      const department = await departmentFor(tx, item);
      const now = new Date();
      if (current.publishedVersion !== null) {
        await tx
          .update(catalogItemVersions)
          .set({ status: 'superseded' })
          .where(
            and(
              eq(catalogItemVersions.itemId, id),
              eq(catalogItemVersions.version, current.publishedVersion),
            ),
          );
      }
      await tx
        .update(catalogItemVersions)
        .set({ status: 'published', publishedAt: now, publishedBy: ctx.actor.accountId })
        .where(and(eq(catalogItemVersions.itemId, id), eq(catalogItemVersions.version, draft.version)));
      const [row] = await tx
        .update(catalogItems)
        .set({
          ...summaryColumns(item),
          departmentId: department.id,
          publishedVersion: draft.version,
          draftVersion: null,
          updatedAt: now,
          searchVector: searchVectorSql(item, department.name),
        })
        .where(eq(catalogItems.id, id))
        .returning();
      if (!row) throw new AppError('NOT_FOUND');
      await appendAudit(tx, ctx, {
        action: 'catalog.item.publish',
        entityType: 'catalog_item',
        entityId: id,
        regionCode: row.regionCode,
        change: { version: draft.version },
      });
      return row;
    })
    .then(async (row) => {
      // Only a publish that committed changes what the public sees; a refused one leaves the index.
      await invalidateCatalog(ctx.db);
      return row;
    });
}

export async function listVersions(ctx: SignedInCtx, id: string) {
  const current = await itemRow(ctx.db, id);
  assertInScope(ctx.actor, current);
  return ctx.db
    .select({
      version: catalogItemVersions.version,
      status: catalogItemVersions.status,
      createdAt: catalogItemVersions.createdAt,
      createdBy: catalogItemVersions.createdBy,
      publishedAt: catalogItemVersions.publishedAt,
      publishedBy: catalogItemVersions.publishedBy,
    })
    .from(catalogItemVersions)
    .where(eq(catalogItemVersions.itemId, id))
    .orderBy(desc(catalogItemVersions.version));
}

/** Any version, as it was: what a case that started on it still follows. */
export async function getVersion(db: Db, id: string, version: number) {
  const [row] = await db
    .select()
    .from(catalogItemVersions)
    .where(and(eq(catalogItemVersions.itemId, id), eq(catalogItemVersions.version, version)));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function getItemVersion(ctx: SignedInCtx, id: string, version: number) {
  assertInScope(ctx.actor, await itemRow(ctx.db, id));
  return getVersion(ctx.db, id, version);
}

async function publishedByImplCode(db: Db, implCode: string) {
  const [row] = await db
    .select({
      item: catalogItems,
      version: catalogItemVersions,
      departmentName: departments.name,
      regionName: regions.name,
    })
    .from(catalogItems)
    .innerJoin(catalogItemVersions, publishedVersionOf)
    .innerJoin(departments, eq(departments.id, catalogItems.departmentId))
    .innerJoin(regions, eq(regions.code, catalogItems.regionCode))
    .where(eq(catalogItems.implCode, implCode));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The public guide of an item: its published version with every element. */
export async function getPublishedItem(ctx: Ctx, implCode: string) {
  const row = await publishedByImplCode(ctx.db, implCode);
  return {
    id: row.item.id,
    version: row.version.version,
    publishedAt: row.version.publishedAt,
    departmentName: row.departmentName,
    regionName: row.regionName,
    templateItemId: row.item.templateItemId,
    item: row.version.data,
  };
}

export async function checklist(ctx: Ctx, implCode: string, answers: Answers) {
  const row = await publishedByImplCode(ctx.db, implCode);
  const result = buildChecklist(row.version.data, answers);
  if ('invalid' in result)
    throw new AppError(
      'VALIDATION_FAILED',
      result.invalid.map((i) => ({ ...i, code: 'ANSWER_UNKNOWN' })),
    );
  return result;
}

/** Synonyms change with imports only; each database's list is kept for a minute, and dropped on import. */
const synonymCache = new WeakMap<Db, { map: Map<string, string[]>; at: number }>();
const SYNONYM_TTL_MS = 60_000;

async function loadSynonyms(db: Db): Promise<Map<string, string[]>> {
  const cached = synonymCache.get(db);
  if (cached && Date.now() - cached.at < SYNONYM_TTL_MS) return cached.map;
  const rows = await db.select().from(catalogSynonyms);
  const map = new Map(rows.map((r) => [r.phrase, r.expansions]));
  synonymCache.set(db, { map, at: Date.now() });
  return map;
}

type SearchResult = ReturnType<typeof runSearch>;
const SEARCH_CACHE_MAX = 2000;

type IndexedItem = Omit<ItemSummary, 'departmentName' | 'segments'>;
type IndexedBundle = {
  code: string;
  name: string;
  lifeCycle: 'personal' | 'business';
  lifeEvent: string;
  memberCount: number;
};
/**
 * Each item's facet values as small numbers in flat arrays, so that counting thousands of matches
 * is array arithmetic: a department code, the level, the service objects as bits, and the theme
 * codes of item i at themes[themeStarts[i] … themeStarts[i + 1]).
 */
type FacetCodes = {
  departmentIds: string[];
  themeNames: string[];
  department: Int32Array;
  level: Uint8Array;
  objects: Uint8Array;
  themeStarts: Int32Array;
  themes: Int32Array;
};
type FacetCounts = {
  departments: Int32Array;
  levels: Int32Array;
  objects: Int32Array;
  themes: Int32Array;
};
type CatalogIndex = {
  items: SearchIndex<IndexedItem>;
  bundles: SearchIndex<IndexedBundle>;
  codes: FacetCodes;
  /** The facets of a search without words depend on the region only: counted once per region. */
  browseFacets: Map<string, FacetCounts>;
  /** Popular searches repeat: answers from this index, kept for the configured seconds. */
  results: Map<string, { at: number; value: SearchResult }>;
  /** Looked up again at every freshness check, so a renamed department shows within seconds. */
  departmentNames: Map<string, string>;
  signature: string;
  checkedAt: number;
  checking: boolean;
};
/** Levels (1–6) and service objects (1–6) are codes of GB/T 39046: an array of 8 counts holds either. */
const SMALL_CODES = 8;

const catalogIndexes = new WeakMap<Db, Promise<CatalogIndex>>();
/** Builds started and applied per database: a slower, older build never replaces a newer one. */
const indexGenerations = new WeakMap<Db, { started: number; applied: number }>();
/** How often a search asks the database whether another process changed the published catalog. */
const INDEX_RECHECK_MS = 5000;

function startIndexBuild(db: Db): { generation: number; build: Promise<CatalogIndex> } {
  let g = indexGenerations.get(db);
  if (!g) indexGenerations.set(db, (g = { started: 0, applied: 0 }));
  return { generation: ++g.started, build: buildCatalogIndex(db) };
}

function applyIndex(db: Db, generation: number, index: CatalogIndex): void {
  const g = indexGenerations.get(db);
  if (!g || generation < g.applied) return;
  g.applied = generation;
  catalogIndexes.set(db, Promise.resolve(index));
}

/**
 * Every write that changes what the public sees awaits this after its commit. Searches meanwhile
 * keep the index they have; the writer's request returns once the new one is in place, so the
 * change shows in this process's very next search.
 */
export async function invalidateCatalog(db: Db): Promise<void> {
  synonymCache.delete(db);
  if (!catalogIndexes.has(db)) return;
  const { generation, build } = startIndexBuild(db);
  try {
    applyIndex(db, generation, await build);
  } catch {
    // Without a fresh index the next search builds one itself rather than serve the old one.
    catalogIndexes.delete(db);
  }
}

/**
 * What the index was built from: items published and their versions (a publish always makes a new
 * version), and the bundles' last change. Cheap enough to ask every few seconds.
 */
async function catalogSignature(db: Db): Promise<string> {
  const [row] = await queryRows<{ signature: string }>(
    db,
    sql`select concat_ws(':',
      (select count(*) from ${catalogItems} where ${catalogItems.publishedVersion} is not null),
      (select coalesce(sum(${catalogItems.publishedVersion}), 0) from ${catalogItems}),
      (select count(*) from ${catalogBundles}),
      (select max(${catalogBundles.updatedAt})::text from ${catalogBundles})) as signature`,
  );
  return row?.signature ?? '';
}

async function departmentNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ id: departments.id, name: departments.name }).from(departments);
  return new Map(rows.map((r) => [r.id, r.name]));
}

function facetCodes(items: readonly IndexedItem[]): FacetCodes {
  const departmentCode = new Map<string, number>();
  const themeCode = new Map<string, number>();
  const code = (map: Map<string, number>, key: string) => {
    let c = map.get(key);
    if (c === undefined) map.set(key, (c = map.size));
    return c;
  };
  const themeStarts = new Int32Array(items.length + 1);
  const themes: number[] = [];
  items.forEach((item, i) => {
    themeStarts[i] = themes.length;
    for (const t of item.themes) themes.push(code(themeCode, t));
  });
  themeStarts[items.length] = themes.length;
  return {
    department: Int32Array.from(items, (i) => code(departmentCode, i.departmentId)),
    level: Uint8Array.from(items, (i) => i.level),
    objects: Uint8Array.from(items, (i) => i.serviceObjects.reduce((bits, o) => bits | (1 << o), 0)),
    themeStarts,
    themes: Int32Array.from(themes),
    departmentIds: [...departmentCode.keys()],
    themeNames: [...themeCode.keys()],
  };
}

async function buildCatalogIndex(db: Db): Promise<CatalogIndex> {
  const signature = await catalogSignature(db);
  const [items, bundles, names] = await Promise.all([
    db
      .select({
        id: catalogItems.id,
        implCode: catalogItems.implCode,
        name: catalogItems.name,
        regionCode: catalogItems.regionCode,
        departmentId: catalogItems.departmentId,
        itemType: catalogItems.itemType,
        level: catalogItems.level,
        serviceObjects: catalogItems.serviceObjects,
        themes: catalogItems.themes,
        promisedDays: catalogItems.promisedDays,
        visits: catalogItems.visits,
        onlineDepth: catalogItems.onlineDepth,
        vector: sql<string>`coalesce(${catalogItems.searchVector}::text, '')`,
      })
      .from(catalogItems)
      .where(isNotNull(catalogItems.publishedVersion)),
    db
      .select({
        code: catalogBundles.code,
        name: catalogBundles.name,
        lifeCycle: catalogBundles.lifeCycle,
        lifeEvent: catalogBundles.lifeEvent,
        memberItemIds: catalogBundles.memberItemIds,
        vector: sql<string>`coalesce(${catalogBundles.searchVector}::text, '')`,
      })
      .from(catalogBundles),
    departmentNames(db),
  ]);
  // Document order is the order ties in rank are shown in: by name, then code, as the SQL sorted.
  items.sort((a, b) => byCodePoint(a.name, b.name) || byCodePoint(a.implCode, b.implCode));
  bundles.sort((a, b) => byCodePoint(a.name, b.name) || byCodePoint(a.code, b.code));
  const itemIndex = new SearchIndex(items.map(({ vector, ...doc }) => ({ doc, vector })));
  return {
    items: itemIndex,
    bundles: new SearchIndex(
      bundles.map(({ vector, memberItemIds, ...doc }) => ({
        doc: { ...doc, memberCount: memberItemIds.length },
        vector,
      })),
    ),
    codes: facetCodes(itemIndex.docs),
    browseFacets: new Map(),
    results: new Map(),
    departmentNames: names,
    signature,
    checkedAt: Date.now(),
    checking: false,
  };
}

/** Builds the index on first use; checks every few seconds for changes another process made. */
async function catalogIndex(db: Db): Promise<CatalogIndex> {
  let pending = catalogIndexes.get(db);
  if (!pending) {
    const { generation, build } = startIndexBuild(db);
    pending = build;
    catalogIndexes.set(db, pending);
    build.then(
      (index) => applyIndex(db, generation, index),
      () => catalogIndexes.delete(db),
    );
  }
  const index = await pending;
  if (!index.checking && Date.now() - index.checkedAt > INDEX_RECHECK_MS) {
    index.checking = true;
    void recheckCatalogIndex(db, index);
  }
  return index;
}

/** Starts building the index in the background; a failure is retried by the first search. */
export function warmCatalogIndex(db: Db): void {
  catalogIndex(db).catch(() => undefined);
}

async function recheckCatalogIndex(db: Db, index: CatalogIndex) {
  try {
    const [signature, names] = await Promise.all([catalogSignature(db), departmentNames(db)]);
    index.departmentNames = names;
    if (signature !== index.signature) {
      const { generation, build } = startIndexBuild(db);
      applyIndex(db, generation, await build);
    }
  } catch {
    // A failed check (the database restarting, say) leaves the index as it is; a later search retries.
  } finally {
    index.checkedAt = Date.now();
    index.checking = false;
  }
}

export async function searchItems(
  ctx: Pick<Ctx, 'db' | 'config'>,
  query: ItemSearchQuery,
): Promise<SearchResult> {
  const alternatives: Alternative[] = query.q ? queryAlternatives(query.q, await loadSynonyms(ctx.db)) : [];
  const index = await catalogIndex(ctx.db);
  const ttl = ctx.config.searchCacheSeconds * 1000;
  if (ttl === 0) return runSearch(index, query, alternatives);
  const cache = index.results;
  const key = JSON.stringify(query);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < ttl) return hit.value;
  const value = runSearch(index, query, alternatives);
  if (cache.size >= SEARCH_CACHE_MAX) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, { at: Date.now(), value });
  return value;
}

const LEVEL_LABELS: Record<string, string> = ITEM_LEVELS;
const OBJECT_LABELS: Record<string, string> = SERVICE_OBJECTS;
const THEME_FACET_LIMIT = 30;
const BUNDLES_SHOWN = 5;

type FacetOption = { value: string; label: string; count: number };

function countFacets(codes: FacetCodes, docs: Iterable<number>): FacetCounts {
  const counts: FacetCounts = {
    departments: new Int32Array(codes.departmentIds.length),
    levels: new Int32Array(SMALL_CODES),
    objects: new Int32Array(SMALL_CODES),
    themes: new Int32Array(codes.themeNames.length),
  };
  for (const doc of docs) {
    counts.departments[codes.department[doc]!]!++;
    counts.levels[codes.level[doc]!]!++;
    for (let bits = codes.objects[doc]!, o = 0; bits; bits >>= 1, o++) if (bits & 1) counts.objects[o]!++;
    for (let t = codes.themeStarts[doc]!; t < codes.themeStarts[doc + 1]!; t++)
      counts.themes[codes.themes[t]!]!++;
  }
  return counts;
}

function options(counts: Int32Array, value: (code: number) => string, label: (value: string) => string) {
  const out: FacetOption[] = [];
  counts.forEach((count, code) => {
    if (count > 0) out.push({ value: value(code), label: label(value(code)), count });
  });
  return out;
}

const byCount = (a: FacetOption, b: FacetOption) => b.count - a.count || a.value.localeCompare(b.value);
const byValue = (a: FacetOption, b: FacetOption) => Number(a.value) - Number(b.value);
const byCountThenText = (a: FacetOption, b: FacetOption) =>
  b.count - a.count || byCodePoint(a.value, b.value);

/**
 * Public search over published items: ranked, highlighted, with facets and matching bundles, all
 * from the in-process index. Facets count the query's matches before the facet filters, so that
 * each facet keeps its other options; the total counts the matches that pass the filters.
 */
function runSearch(index: CatalogIndex, query: ItemSearchQuery, alternatives: Alternative[]) {
  const { region, department, type, level, object, theme } = query;
  const docs = index.items.docs;
  const inRegion = (i: IndexedItem) => !region || i.regionCode.startsWith(region);
  const filtering = Boolean(department || type || level || object || theme);
  const passes = (i: IndexedItem) =>
    (!department || i.departmentId === department) &&
    (!type || i.itemType === type) &&
    (!level || i.level === level) &&
    (!object || i.serviceObjects.includes(object)) &&
    (!theme || i.themes.includes(theme));
  const start = (query.page - 1) * query.pageSize;
  let total = 0;
  let page: number[] = [];
  let counts: FacetCounts;
  if (!query.q) {
    // Without words every item in the region matches, at rank 0: document order is the order shown.
    const key = region ?? '';
    let browse = index.browseFacets.get(key);
    const inBase: number[] = [];
    docs.forEach((item, doc) => {
      if (!inRegion(item)) return;
      if (!browse) inBase.push(doc);
      if (!passes(item)) return;
      if (total >= start && total < start + query.pageSize) page.push(doc);
      total++;
    });
    if (!browse) index.browseFacets.set(key, (browse = countFacets(index.codes, inBase)));
    counts = browse;
  } else {
    const matches = index.items.search(alternatives, region ? inRegion : undefined);
    const { best, accepted } = bestMatches(
      matches,
      start + query.pageSize,
      filtering ? (doc) => passes(docs[doc]!) : undefined,
    );
    total = accepted;
    page = best.slice(start);
    counts = countFacets(index.codes, matches.docs);
  }
  const departmentName = (id: string) => index.departmentNames.get(id) ?? '';
  const items: ItemSummary[] = page.map((doc) => {
    const item = docs[doc]!;
    return {
      ...item,
      departmentName: departmentName(item.departmentId),
      segments: highlight(item.name, alternatives),
    };
  });
  const bundles = alternatives.length
    ? bestMatches(index.bundles.search(alternatives), BUNDLES_SHOWN).best.map(
        (doc) => index.bundles.docs[doc]!,
      )
    : [];
  const { departmentIds, themeNames } = index.codes;
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    facets: {
      departments: options(counts.departments, (c) => departmentIds[c]!, departmentName).sort(byCount),
      levels: options(counts.levels, String, (v) => LEVEL_LABELS[v] ?? v).sort(byValue),
      objects: options(counts.objects, String, (v) => OBJECT_LABELS[v] ?? v).sort(byValue),
      themes: options(
        counts.themes,
        (c) => themeNames[c]!,
        (v) => v,
      )
        .sort(byCountThenText)
        .slice(0, THEME_FACET_LIMIT)
        .sort(byCount),
    },
    bundles: bundles.map((b) => ({ ...b, segments: highlight(b.name, alternatives) })),
  };
}

function bundleSummary(
  b: Pick<typeof catalogBundles.$inferSelect, 'code' | 'name' | 'lifeCycle' | 'lifeEvent' | 'memberItemIds'>,
  alternatives: Alternative[],
) {
  return {
    code: b.code,
    name: b.name,
    segments: highlight(b.name, alternatives),
    lifeCycle: b.lifeCycle,
    lifeEvent: b.lifeEvent,
    memberCount: b.memberItemIds.length,
  };
}

/** A county or township adopts (认领) a city item as its own, with local overrides within the template's limits. */
export async function adoptItem(ctx: SignedInCtx, templateId: string, body: AdoptBody): Promise<ItemRow> {
  const template = await itemRow(ctx.db, templateId);
  if (template.publishedVersion === null) {
    throw new AppError('CONFLICT', [
      {
        code: 'TEMPLATE_UNPUBLISHED',
        message: { zh: '只能认领已发布的事项', en: 'Only a published item can be adopted' },
      },
    ]);
  }
  if (
    template.templateItemId !== null ||
    body.regionCode.length <= template.regionCode.length ||
    !body.regionCode.startsWith(template.regionCode)
  ) {
    throw fieldError('regionCode', 'ADOPT_REGION', {
      zh: '只有下级区划可以认领本级事项',
      en: 'Only a region below the item’s own can adopt it',
    });
  }
  if (!(await getRegion(ctx.db, body.regionCode))) {
    throw fieldError('regionCode', 'REGION_UNKNOWN', { zh: '行政区划代码不存在', en: 'Unknown region code' });
  }
  const source = itemInputSchema.parse(
    (await getVersion(ctx.db, templateId, template.publishedVersion)).data,
  );
  if (body.promisedDays !== undefined && body.promisedDays > source.promisedDays) {
    throw fieldError('promisedDays', 'ADOPT_PROMISE_LONGER', {
      zh: `本地承诺时限不能超过模板的 ${source.promisedDays} 个工作日`,
      en: `The local promised limit cannot exceed the template's ${source.promisedDays} working days`,
    });
  }
  if (body.fee && !body.fee.free && (source.fee.free || body.fee.amountYuan > source.fee.amountYuan)) {
    throw fieldError('fee', 'ADOPT_FEE', {
      zh: '本地收费不能高于模板，免费事项不能新增收费',
      en: 'A local fee cannot exceed the template’s, and a free item cannot become paid',
    });
  }
  const adopted: ItemInput = {
    ...source,
    regionCode: body.regionCode,
    implementingBody: body.implementingBody,
    implCode: `${body.implementingBody.creditCode}${source.baseCode}${body.serial}`,
    level: body.regionCode.length <= 6 ? 4 : 5,
    places: body.places ?? source.places,
    promisedDays: body.promisedDays ?? source.promisedDays,
    fee: body.fee ?? source.fee,
  };
  const row = await createItem(ctx, adopted);
  await ctx.db.update(catalogItems).set({ templateItemId: templateId }).where(eq(catalogItems.id, row.id));
  return { ...row, templateItemId: templateId };
}

export async function listAdminItems(
  ctx: SignedInCtx,
  query: { page: number; pageSize: number; region?: string },
) {
  const conditions: SQL[] = [];
  if (ctx.actor.regionCode) conditions.push(like(catalogItems.regionCode, `${ctx.actor.regionCode}%`));
  if (ctx.actor.role === 'dept_admin' && ctx.actor.departmentId)
    conditions.push(eq(catalogItems.departmentId, ctx.actor.departmentId));
  if (query.region) conditions.push(like(catalogItems.regionCode, `${query.region}%`));
  const rows = await ctx.db
    .select({ item: catalogItems, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(catalogItems)
    .where(and(...conditions))
    .orderBy(desc(catalogItems.updatedAt), asc(catalogItems.implCode))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    items: rows.map((r) => r.item),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

// ---- bundles ----

/** A bundle's members as published: what the rules check and what the merged guide is built from. */
async function publishedMembers(db: Db, implCodes: string[]) {
  if (implCodes.length === 0) return [];
  return db
    .select({
      id: catalogItems.id,
      implCode: catalogItems.implCode,
      regionCode: catalogItems.regionCode,
      departmentId: catalogItems.departmentId,
      departmentKey: departments.key,
      departmentName: departments.name,
      data: catalogItemVersions.data,
    })
    .from(catalogItems)
    .innerJoin(catalogItemVersions, publishedVersionOf)
    .innerJoin(departments, eq(departments.id, catalogItems.departmentId))
    .where(inArray(catalogItems.implCode, implCodes));
}
type MemberRow = Awaited<ReturnType<typeof publishedMembers>>[number];

const LEAD_UNKNOWN = {
  field: 'leadDepartmentKey',
  code: 'DEPARTMENT_UNKNOWN',
  message: { zh: '该区划下没有这个部门', en: 'No such department in this region' },
};

/** Every problem of a bundle against its published members, in one list for the editor. */
function bundleProblems(
  bundle: Pick<BundleInput, 'regionCode' | 'leadDepartmentKey' | 'memberImplCodes' | 'promisedDays'>,
  leadKnown: boolean,
  members: MemberRow[],
): { field: string; code: string; message: Localized }[] {
  const byCode = new Map(members.map((m) => [m.implCode, m]));
  const unknown = bundle.memberImplCodes.flatMap((code, i) =>
    byCode.has(code) || bundle.memberImplCodes.indexOf(code) !== i
      ? []
      : [
          {
            field: `memberImplCodes.${i}`,
            code: 'MEMBER_UNKNOWN',
            message: {
              zh: `事项 ${code} 不存在或未发布`,
              en: `Item ${code} does not exist or is unpublished`,
            },
          },
        ],
  );
  const facts = new Map(
    members.map((m) => [
      m.implCode,
      {
        implCode: m.implCode,
        regionCode: m.regionCode,
        departmentKey: m.departmentKey,
        promisedDays: m.data.promisedDays,
      },
    ]),
  );
  const rules = checkBundle(bundle, facts).filter((p) => leadKnown || p.code !== 'LEAD_HANDLES_NO_MEMBER');
  return [...(leadKnown ? [] : [LEAD_UNKNOWN]), ...unknown, ...rules];
}

function bundleOutOfScope(): AppError {
  return new AppError('OUT_OF_SCOPE', [
    {
      field: 'regionCode',
      code: 'BUNDLE_OUT_OF_SCOPE',
      message: { zh: '只能维护本辖区的一件事', en: 'You may only maintain bundles of your own region' },
    },
  ]);
}

const BUNDLE_CODE_TAKEN = new AppError('CONFLICT', [
  {
    field: 'code',
    code: 'BUNDLE_CODE_TAKEN',
    message: { zh: '该一件事编码已存在', en: 'A bundle with this code exists already' },
  },
]);

/**
 * Creates or replaces a bundle (`create`: only creates). Its members must be published items of its
 * region or the city above, its lead department must handle one of them, and its promise may not
 * exceed the slowest member's. A center admin maintains only the bundles of their own region.
 */
export async function saveBundle(ctx: WriteCtx, bundle: BundleInput, options: { create?: boolean } = {}) {
  const actor = ctx.actor;
  if (actor && !regionCovers(actor.regionCode, bundle.regionCode)) throw bundleOutOfScope();
  try {
    const saved = await ctx.db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ regionCode: catalogBundles.regionCode })
        .from(catalogBundles)
        .where(eq(catalogBundles.code, bundle.code))
        .for('update');
      if (existing && options.create) throw BUNDLE_CODE_TAKEN;
      if (existing && actor && !regionCovers(actor.regionCode, existing.regionCode)) throw bundleOutOfScope();
      if (existing && existing.regionCode !== bundle.regionCode) {
        throw fieldError('regionCode', 'BUNDLE_REGION_IMMUTABLE', {
          zh: '一件事的区划不能修改，请新建',
          en: "A bundle's region cannot change; create a new bundle instead",
        });
      }
      const lead = await findDepartmentByKey(tx, bundle.regionCode, bundle.leadDepartmentKey);
      const members = await publishedMembers(tx, bundle.memberImplCodes);
      const problems = bundleProblems(bundle, Boolean(lead), members);
      if (!lead || problems.length) throw new AppError('VALIDATION_FAILED', problems);

      const ordered = bundle.memberImplCodes.map((c) => members.find((m) => m.implCode === c)?.id ?? '');
      const vector = sql`setweight(to_tsvector('simple', ${indexText(bundle.name)}), 'A') || setweight(to_tsvector('simple', ${indexText(bundle.lifeEvent, ...bundle.keywords)}), 'B') || setweight(to_tsvector('simple', ${indexText(...members.map((m) => m.data.name))}), 'C')`;
      const values = {
        code: bundle.code,
        regionCode: bundle.regionCode,
        name: bundle.name,
        lifeCycle: bundle.lifeCycle,
        lifeEvent: bundle.lifeEvent,
        leadDepartmentId: lead.id,
        memberItemIds: ordered,
        data: bundle,
        searchVector: vector,
        updatedAt: new Date(),
      };
      const [row] = await tx
        .insert(catalogBundles)
        .values(values)
        .onConflictDoUpdate({ target: catalogBundles.code, set: values })
        .returning();
      if (!row) throw new Error('bundle upsert returned nothing');
      await appendAudit(tx, ctx, {
        action: existing ? 'catalog.bundle.replace' : 'catalog.bundle.create',
        entityType: 'catalog_bundle',
        entityId: row.id,
        regionCode: row.regionCode,
        change: { bundle },
      });
      return row;
    });
    await invalidateCatalog(ctx.db);
    return saved;
  } catch (err) {
    if (uniqueViolation(err)) throw BUNDLE_CODE_TAKEN;
    throw err;
  }
}

/** 一件事管理: the bundles this admin may maintain, newest change first. */
export async function listAdminBundles(ctx: SignedInCtx, query: AdminBundlesQuery) {
  const conditions: SQL[] = [];
  if (ctx.actor.regionCode) conditions.push(like(catalogBundles.regionCode, `${ctx.actor.regionCode}%`));
  if (query.lifeCycle) conditions.push(eq(catalogBundles.lifeCycle, query.lifeCycle));
  if (query.q) {
    const alternatives = queryAlternatives(query.q, await loadSynonyms(ctx.db));
    const byText = alternatives.length
      ? [sql`${catalogBundles.searchVector} @@ to_tsquery('simple', ${tsQueryText(alternatives)})`]
      : [];
    const match = or(
      ilike(catalogBundles.code, containsPattern(query.q)),
      ilike(catalogBundles.name, containsPattern(query.q)),
      ...byText,
    );
    if (match) conditions.push(match);
  }
  const rows = await ctx.db
    .select({
      bundle: catalogBundles,
      leadDepartmentName: departments.name,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(catalogBundles)
    .innerJoin(departments, eq(departments.id, catalogBundles.leadDepartmentId))
    .where(and(...conditions))
    .orderBy(desc(catalogBundles.updatedAt), asc(catalogBundles.code))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    items: rows.map(({ bundle, leadDepartmentName }) => ({
      code: bundle.code,
      name: bundle.name,
      regionCode: bundle.regionCode,
      lifeCycle: bundle.lifeCycle,
      lifeEvent: bundle.lifeEvent,
      leadDepartmentName,
      memberCount: bundle.memberItemIds.length,
      promisedDays: bundle.data.promisedDays,
      updatedAt: bundle.updatedAt,
    })),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The bundle as saved, for its editor. */
export async function getAdminBundle(ctx: SignedInCtx, code: string) {
  const [row] = await ctx.db.select().from(catalogBundles).where(eq(catalogBundles.code, code));
  if (!row) throw new AppError('NOT_FOUND');
  if (!regionCovers(ctx.actor.regionCode, row.regionCode)) throw bundleOutOfScope();
  return { bundle: bundleInputSchema.parse(row.data), updatedAt: row.updatedAt };
}

/**
 * What the bundle being edited would look like, with the server's own merge and rules: members,
 * co-handling departments, merged questionnaire and materials, savings, and every problem a save
 * would be refused for. Nothing is written.
 */
export async function previewBundle(ctx: SignedInCtx, body: BundlePreviewBody) {
  if (!regionCovers(ctx.actor.regionCode, body.regionCode)) throw bundleOutOfScope();
  const lead = body.leadDepartmentKey
    ? await findDepartmentByKey(ctx.db, body.regionCode, body.leadDepartmentKey)
    : undefined;
  const rows = await publishedMembers(ctx.db, body.memberImplCodes);
  const members = [...new Set(body.memberImplCodes)].flatMap((c) => rows.filter((m) => m.implCode === c));
  const slowest = members.length ? Math.max(...members.map((m) => m.data.promisedDays)) : null;
  const promisedDays = body.promisedDays ?? slowest ?? 0;
  const problems = bundleProblems(
    { ...body, leadDepartmentKey: body.leadDepartmentKey ?? '', promisedDays },
    !body.leadDepartmentKey || Boolean(lead),
    members,
  ).filter((p) => body.leadDepartmentKey || p.code !== 'LEAD_HANDLES_NO_MEMBER'); // no lead picked yet
  return {
    members: members.map((m) => ({
      implCode: m.implCode,
      name: m.data.name,
      regionCode: m.regionCode,
      departmentKey: m.departmentKey,
      departmentName: m.departmentName,
      promisedDays: m.data.promisedDays,
      visits: m.data.visits,
    })),
    leadDepartmentName: lead?.name ?? null,
    coDepartmentNames: coDepartments(
      members.map((m) => ({ departmentName: m.departmentName, item: { departmentId: m.departmentId } })),
      lead?.id ?? '',
    ),
    slowestMemberDays: slowest,
    ...mergeBundle(
      members.map((m) => m.data),
      promisedDays,
    ),
    problems,
  };
}

/** Published items a bundle of this region may take as members, found by name, keyword or code. */
export async function bundleCandidates(ctx: SignedInCtx, query: BundleCandidatesQuery) {
  const conditions: SQL[] = [
    isNotNull(catalogItems.publishedVersion),
    inArray(catalogItems.regionCode, memberRegions(query.region)),
  ];
  let rank: SQL | null = null;
  if (query.q) {
    const code = query.q.toUpperCase();
    const alternatives = queryAlternatives(query.q, await loadSynonyms(ctx.db));
    const tsQuery = alternatives.length ? sql`to_tsquery('simple', ${tsQueryText(alternatives)})` : null;
    const match = or(
      /^[0-9A-Z]{6,33}$/.test(code) ? like(catalogItems.implCode, `${code}%`) : undefined,
      ilike(catalogItems.name, containsPattern(query.q)),
      tsQuery ? sql`${catalogItems.searchVector} @@ ${tsQuery}` : undefined,
    );
    if (match) conditions.push(match);
    if (tsQuery) rank = sql`ts_rank(${catalogItems.searchVector}, ${tsQuery})`;
  }
  const rows = await ctx.db
    .select({
      implCode: catalogItems.implCode,
      name: catalogItems.name,
      regionCode: catalogItems.regionCode,
      departmentKey: departments.key,
      departmentName: departments.name,
      promisedDays: catalogItems.promisedDays,
      visits: catalogItems.visits,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(catalogItems)
    .innerJoin(departments, eq(departments.id, catalogItems.departmentId))
    .where(and(...conditions))
    .orderBy(...(rank ? [desc(rank)] : []), asc(catalogItems.name), asc(catalogItems.implCode))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    items: rows.map(({ total: _total, ...item }) => item),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function listBundles(ctx: Ctx, query: { q?: string; lifeCycle?: 'personal' | 'business' }) {
  const alternatives = query.q ? queryAlternatives(query.q, await loadSynonyms(ctx.db)) : [];
  const conditions: SQL[] = [];
  if (query.q)
    conditions.push(
      alternatives.length
        ? sql`${catalogBundles.searchVector} @@ to_tsquery('simple', ${tsQueryText(alternatives)})`
        : sql`false`,
    );
  if (query.lifeCycle) conditions.push(eq(catalogBundles.lifeCycle, query.lifeCycle));
  const rows = await ctx.db
    .select()
    .from(catalogBundles)
    .where(and(...conditions))
    .orderBy(asc(catalogBundles.lifeCycle), asc(catalogBundles.name));
  return rows.map((b) => bundleSummary(b, alternatives));
}

/** The bundle's guide: members, one merged questionnaire, one deduplicated material list, and what it saves. */
export async function getBundle(ctx: Ctx, code: string): Promise<BundleDetail> {
  const [row] = await ctx.db
    .select({ bundle: catalogBundles, leadDepartmentName: departments.name })
    .from(catalogBundles)
    .innerJoin(departments, eq(departments.id, catalogBundles.leadDepartmentId))
    .where(eq(catalogBundles.code, code));
  if (!row) throw new AppError('NOT_FOUND');
  const memberRows = await ctx.db
    .select({ item: catalogItems, data: catalogItemVersions.data, departmentName: departments.name })
    .from(catalogItems)
    .innerJoin(catalogItemVersions, publishedVersionOf)
    .innerJoin(departments, eq(departments.id, catalogItems.departmentId))
    .where(inArray(catalogItems.id, row.bundle.memberItemIds));
  const members = row.bundle.memberItemIds.flatMap((id) => memberRows.filter((m) => m.item.id === id));
  const bundle = bundleInputSchema.parse(row.bundle.data);
  return {
    code: bundle.code,
    name: bundle.name,
    description: bundle.description,
    lifeCycle: bundle.lifeCycle,
    lifeEvent: bundle.lifeEvent,
    leadDepartmentName: row.leadDepartmentName,
    coDepartmentNames: coDepartments(members, row.bundle.leadDepartmentId),
    promisedDays: bundle.promisedDays,
    members: members.map((m) => ({
      implCode: m.item.implCode,
      name: m.data.name,
      departmentName: m.departmentName,
      promisedDays: m.data.promisedDays,
      visits: m.data.visits,
      result: m.data.result.name,
    })),
    ...mergeBundle(
      members.map((m) => m.data),
      bundle.promisedDays,
    ),
  };
}

/** 协办部门: the members' departments other than the lead, each once, in member order. */
function coDepartments(
  members: { departmentName: string; item: { departmentId: string } }[],
  leadId: string,
) {
  const names: string[] = [];
  for (const m of members)
    if (m.item.departmentId !== leadId && !names.includes(m.departmentName)) names.push(m.departmentName);
  return names;
}

/** `key`, or `key_2`, `key_3`… if it is taken. */
function freeKey(key: string, taken: readonly string[]): string {
  if (!taken.includes(key)) return key;
  let n = 2;
  while (taken.includes(`${key}_${n}`)) n++;
  return `${key}_${n}`;
}

/**
 * A member item's own answers from the merged questionnaire's: the same question text and the same
 * option label, since keys are each item's own.
 */
export function memberAnswers(
  item: ItemInput,
  merged: BundleDetail['questions'],
  answers: Readonly<Record<string, string>>,
): Record<string, string> {
  const own: Record<string, string> = {};
  for (const q of item.situations.questions) {
    const m = merged.find((x) => x.text === q.text);
    const label = m?.options.find((o) => o.key === answers[m.key])?.label;
    const option = q.options.find((o) => o.label === label);
    if (option) own[q.key] = option.key;
  }
  return own;
}

/** Pure: the merged questionnaire and material list of a bundle's items, and the savings. */
export function mergeBundle(
  items: ItemInput[],
  bundlePromisedDays: number,
): Pick<BundleDetail, 'questions' | 'materials' | 'savings'> {
  const questions: BundleDetail['questions'] = [];
  for (const item of items) {
    for (const q of item.situations.questions) {
      const same = questions.find((x) => x.text === q.text);
      if (!same) {
        // Keys are each item's own: two different questions may both be `mode`. The merged form
        // needs one key per question (answers are mapped back by text and label, not by key).
        const key = freeKey(
          q.key,
          questions.map((x) => x.key),
        );
        questions.push({ key, text: q.text, options: [...q.options], askedBy: [item.implCode] });
        continue;
      }
      same.askedBy.push(item.implCode);
      for (const o of q.options)
        if (!same.options.some((x) => x.label === o.label))
          same.options.push({
            key: freeKey(
              o.key,
              same.options.map((x) => x.key),
            ),
            label: o.label,
          });
    }
  }
  const materials: BundleDetail['materials'] = [];
  for (const item of items) {
    for (const m of item.materials) {
      const same = m.sharedKey ? materials.find((x) => x.sharedKey === m.sharedKey) : undefined;
      if (same) {
        same.neededBy.push(item.implCode);
        if (m.requirement === 'always') same.requirement = 'always';
      } else {
        materials.push({
          name: m.name,
          sharedKey: m.sharedKey,
          requirement: m.requirement,
          neededBy: [item.implCode],
        });
      }
    }
  }
  const always = (ms: { requirement: string }[]) => ms.filter((m) => m.requirement === 'always').length;
  return {
    questions,
    materials,
    savings: {
      separately: {
        visits: items.reduce((n, i) => n + i.visits, 0),
        materials: items.reduce((n, i) => n + always(i.materials), 0),
        days: items.reduce((n, i) => n + i.promisedDays, 0),
      },
      bundled: {
        visits: Math.max(0, ...items.map((i) => i.visits)),
        materials: always(materials),
        days: bundlePromisedDays,
      },
    },
  };
}

export type BundleChecklist = {
  materials: (Pick<
    Material,
    'key' | 'name' | 'form' | 'count' | 'issuer' | 'requirement' | 'sharedKey' | 'note'
  > & {
    neededBy: string[];
  })[];
  conditions: string[];
  unanswered: string[];
};

/**
 * One checklist for a bundle. Answers use the merged questionnaire's keys; each member item gets
 * them back in its own keys (same question text, same option label), and a material several
 * members share is listed once.
 */
export function bundleChecklist(
  items: ItemInput[],
  merged: BundleDetail['questions'],
  answers: Answers,
): BundleChecklist {
  const invalid: { field: string; code: string; message: Localized }[] = [];
  for (const [key, option] of Object.entries(answers)) {
    const q = merged.find((m) => m.key === key);
    if (!q)
      invalid.push({
        field: `answers.${key}`,
        code: 'ANSWER_UNKNOWN',
        message: { zh: '没有这个问题', en: 'No such question' },
      });
    else if (!q.options.some((o) => o.key === option))
      invalid.push({
        field: `answers.${key}`,
        code: 'ANSWER_UNKNOWN',
        message: { zh: '没有这个选项', en: 'No such option' },
      });
  }
  if (invalid.length) throw new AppError('VALIDATION_FAILED', invalid);

  const materials: BundleChecklist['materials'] = [];
  const conditions: string[] = [];
  for (const item of items) {
    const result = buildChecklist(item, memberAnswers(item, merged, answers));
    if ('invalid' in result) continue;
    for (const c of result.conditions) if (!conditions.includes(c)) conditions.push(c);
    for (const m of result.materials) {
      const same = m.sharedKey ? materials.find((x) => x.sharedKey === m.sharedKey) : undefined;
      if (same) same.neededBy.push(item.implCode);
      else
        materials.push({
          key: m.key,
          name: m.name,
          form: m.form,
          count: m.count,
          issuer: m.issuer,
          requirement: m.requirement,
          sharedKey: m.sharedKey,
          note: m.note,
          neededBy: [item.implCode],
        });
    }
  }
  return { materials, conditions, unanswered: merged.filter((q) => !(q.key in answers)).map((q) => q.key) };
}

export async function checklistForBundle(ctx: Ctx, code: string, answers: Answers) {
  const detail = await getBundle(ctx, code);
  const items = await publishedItemsByImplCode(
    ctx.db,
    detail.members.map((m) => m.implCode),
  );
  return { detail, items, checklist: bundleChecklist(items, detail.questions, answers) };
}

/** Each item's published content, by implementation code; codes without a published version are absent. */
export async function publishedDataByImplCode(
  db: Db,
  implCodes: readonly string[],
): Promise<Map<string, ItemInput>> {
  const found = new Map<string, ItemInput>();
  for (let i = 0; i < implCodes.length; i += 1000) {
    const rows = await db
      .select({ implCode: catalogItems.implCode, data: catalogItemVersions.data })
      .from(catalogItems)
      .innerJoin(catalogItemVersions, publishedVersionOf)
      .where(inArray(catalogItems.implCode, implCodes.slice(i, i + 1000)));
    for (const r of rows) found.set(r.implCode, r.data);
  }
  return found;
}

async function publishedItemsByImplCode(db: Db, implCodes: string[]): Promise<ItemInput[]> {
  const found = await publishedDataByImplCode(db, implCodes);
  return implCodes.flatMap((c) => found.get(c) ?? []);
}

/** The guide of an item plus the applicant's checklist, for the one-time notice. */
export async function checklistForItem(ctx: Ctx, implCode: string, answers: Answers) {
  const guide = await getPublishedItem(ctx, implCode);
  return { guide, checklist: await checklist(ctx, implCode, answers) };
}
