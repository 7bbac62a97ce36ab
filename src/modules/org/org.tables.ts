import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';

/** GB/T 2260 administrative divisions; the code prefix encodes the hierarchy. */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'township', 'village'] }).notNull(),
    parentCode: varchar('parent_code', { length: 12 }),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

/** A service center (大厅) at city, county or township level. */
export const centers = pgTable(
  'centers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    name: text('name').notNull(),
    level: text('level', { enum: ['city', 'county', 'township'] }).notNull(),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('centers_region_name_uq').on(t.regionCode, t.name),
    index('centers_region_idx').on(t.regionCode),
  ],
);

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    /** A stable short key within the region (e.g. "market"), used by imports and seeds. */
    key: varchar('key', { length: 32 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('departments_region_key_uq').on(t.regionCode, t.key),
    index('departments_region_idx').on(t.regionCode),
  ],
);

/** A counter in a center: general (accepts any item) or dedicated to one department. */
export const windows = pgTable(
  'windows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    number: varchar('number', { length: 16 }).notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['general', 'dedicated'] }).notNull(),
    departmentId: uuid('department_id').references(() => departments.id),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    unique('windows_center_number_uq').on(t.centerId, t.number),
    index('windows_region_idx').on(t.regionCode),
    check('windows_dedicated_has_department', sql`(${t.kind} = 'general') = (${t.departmentId} is null)`),
  ],
);
