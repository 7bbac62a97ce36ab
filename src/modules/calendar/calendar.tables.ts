import { sql } from 'drizzle-orm';
import { check, date, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The exceptions to "Monday–Friday work, weekends rest": statutory holidays (休) and the State
 * Council's make-up workdays (班). Ordinary days are not stored.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    day: date('day', { mode: 'string' }).primaryKey(),
    kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
    name: text('name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [check('calendar_days_kind_ck', sql`${t.kind} in ('holiday', 'workday')`)],
);

/**
 * A year whose calendar is known (published by the State Council and entered). A year without a
 * row is unknown: deadlines into it are computed as plain weekdays and the console warns.
 */
export const calendarYears = pgTable('calendar_years', {
  year: smallint('year').primaryKey(),
  source: text('source', { enum: ['chinese-days', 'admin'] }).notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
  confirmedBy: uuid('confirmed_by'),
});
