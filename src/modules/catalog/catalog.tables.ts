import { and, eq } from 'drizzle-orm';
import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { BundleInput, ItemInput } from '../../shared/catalog.contract';
import { accounts } from '../accounts/accounts.tables';
import { departments, regions } from '../org/org.tables';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One handling item (业务办理项). Its content lives in versions; the columns here copy the
 * published version's searchable and filterable fields so the public search never reads JSON.
 */
export const catalogItems = pgTable(
  'catalog_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    implCode: varchar('impl_code', { length: 33 }).notNull(),
    baseCode: varchar('base_code', { length: 12 }).notNull(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /** Set on a county's or township's adopted (认领) copy of a city item. */
    templateItemId: uuid('template_item_id'),
    publishedVersion: integer('published_version'),
    draftVersion: integer('draft_version'),
    name: text('name').notNull(),
    itemType: varchar('item_type', { length: 2 }).notNull(),
    level: smallint('level').notNull(),
    serviceObjects: smallint('service_objects').array().notNull(),
    themes: text('themes').array().notNull(),
    promisedDays: smallint('promised_days').notNull(),
    visits: smallint('visits').notNull(),
    onlineDepth: varchar('online_depth', { length: 3 }).notNull(),
    searchVector: tsvector('search_vector'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('catalog_items_impl_code_uq').on(t.implCode),
    index('catalog_items_region_idx').on(t.regionCode),
    index('catalog_items_department_idx').on(t.departmentId),
    index('catalog_items_template_idx').on(t.templateItemId),
    index('catalog_items_search_idx').using('gin', t.searchVector),
  ],
);

/** Every version of an item stays readable; a running case keeps pointing at the one it started on. */
export const catalogItemVersions = pgTable(
  'catalog_item_versions',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => catalogItems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published', 'superseded'] }).notNull(),
    data: jsonb('data').$type<ItemInput>().notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => accounts.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.version] })],
);

/** 一件事: published bundles only; members are handling items. */
export const catalogBundles = pgTable(
  'catalog_bundles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: varchar('code', { length: 40 }).notNull(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    name: text('name').notNull(),
    lifeCycle: text('life_cycle', { enum: ['personal', 'business'] }).notNull(),
    lifeEvent: text('life_event').notNull(),
    leadDepartmentId: uuid('lead_department_id')
      .notNull()
      .references(() => departments.id),
    memberItemIds: uuid('member_item_ids').array().notNull(),
    data: jsonb('data').$type<BundleInput>().notNull(),
    searchVector: tsvector('search_vector'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('catalog_bundles_code_uq').on(t.code),
    index('catalog_bundles_search_idx').using('gin', t.searchVector),
  ],
);

/** Curated phrases citizens type, and what they mean in catalog words (开餐馆 → 餐饮, 食品经营). */
export const catalogSynonyms = pgTable('catalog_synonyms', {
  phrase: text('phrase').primaryKey(),
  expansions: text('expansions').array().notNull(),
});

/** Joins an item to the version it has published (the one the guide and new cases use). */
export const publishedVersionOf = and(
  eq(catalogItemVersions.itemId, catalogItems.id),
  eq(catalogItemVersions.version, catalogItems.publishedVersion),
);
