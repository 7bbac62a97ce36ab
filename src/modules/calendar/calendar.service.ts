import { and, asc, gte, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  CALENDAR_PROBLEM_MESSAGES,
  checkYearExceptions,
  missingCalendarYears,
  type CalendarStatus,
  type CalendarYear,
  type PutCalendarYear,
} from '../../shared/calendar.contract';
import { shanghaiDate } from '../../shared/days';
import { WorkCalendar, type IsoDate } from '../../shared/workdays';
import type { Ctx, SignedInCtx } from '../../server/auth/actor';
import type { Db } from '../../server/db/client';
import { queryRows } from '../../server/db/sql';
import { AppError } from '../../server/http/errors';
import type { Lang } from '../../server/http/lang';
import { appendAudit } from '../audit/audit.service';
import type { addWorkingDaysQuerySchema, workingDaysBetweenQuerySchema } from './calendar.schemas';
import { calendarDays, calendarYears } from './calendar.tables';

/** How stale another process's calendar edit may be here: the cache re-checks the tables this often. */
export const CALENDAR_RECHECK_MS = 30_000;

type Cached = { calendar: WorkCalendar; fingerprint: string; checkedAt: number };

// Per database handle rather than one global: tests run several databases in one process.
const cache = new WeakMap<Db, Cached>();
const loading = new WeakMap<Db, Promise<Cached>>();

/** Changes whenever any process adds, removes or rewrites a day or a year. */
async function fingerprintOf(db: Db): Promise<string> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select (select count(*) from calendar_days)::text as days,
               (select max(updated_at) from calendar_days)::text as days_at,
               (select count(*) from calendar_years)::text as years,
               (select max(confirmed_at) from calendar_years)::text as years_at`,
  );
  return JSON.stringify(row);
}

async function load(db: Db): Promise<Cached> {
  const fingerprint = await fingerprintOf(db);
  const [days, years] = await Promise.all([
    db.select({ day: calendarDays.day, kind: calendarDays.kind, name: calendarDays.name }).from(calendarDays),
    db.select({ year: calendarYears.year }).from(calendarYears),
  ]);
  const calendar = WorkCalendar.from(
    days,
    years.map((y) => y.year),
  );
  const entry = { calendar, fingerprint, checkedAt: performance.now() };
  cache.set(db, entry);
  return entry;
}

/**
 * The working-day calendar for other modules, from memory. It is reloaded at once after an edit
 * through this process and within {@link CALENDAR_RECHECK_MS} after an edit by another one.
 */
export async function getWorkCalendar(db: Db, options: { maxAgeMs?: number } = {}): Promise<WorkCalendar> {
  const maxAge = options.maxAgeMs ?? CALENDAR_RECHECK_MS;
  const entry = cache.get(db);
  if (entry && performance.now() - entry.checkedAt < maxAge) return entry.calendar;
  // Concurrent callers share one check.
  let pending = loading.get(db);
  if (!pending) {
    pending = (async () => {
      if (entry && (await fingerprintOf(db)) === entry.fingerprint) {
        entry.checkedAt = performance.now();
        return entry;
      }
      return load(db);
    })().finally(() => loading.delete(db));
    loading.set(db, pending);
  }
  return (await pending).calendar;
}

/** Forgets the cached calendar of this database; the next read loads it again. */
export function invalidateWorkCalendar(db: Db): void {
  cache.delete(db);
}

export async function addWorkingDays(
  ctx: Ctx,
  query: z.infer<typeof addWorkingDaysQuerySchema>,
): Promise<{ due: IsoDate }> {
  const calendar = await getWorkCalendar(ctx.db);
  return { due: calendar.addWorkingDays(query.from, query.days) };
}

export async function workingDaysBetween(
  ctx: Ctx,
  query: z.infer<typeof workingDaysBetweenQuerySchema>,
): Promise<{ days: number }> {
  const calendar = await getWorkCalendar(ctx.db);
  return { days: calendar.workingDaysBetween(query.from, query.to) };
}

function yearBounds(year: number): [IsoDate, IsoDate] {
  const y = String(year).padStart(4, '0');
  return [`${y}-01-01`, `${y}-12-31`];
}

async function readYear(db: Db, year: number): Promise<CalendarYear> {
  const [first, last] = yearBounds(year);
  const [days, [known]] = await Promise.all([
    db
      .select({ day: calendarDays.day, kind: calendarDays.kind, name: calendarDays.name })
      .from(calendarDays)
      .where(and(gte(calendarDays.day, first), lte(calendarDays.day, last)))
      .orderBy(asc(calendarDays.day)),
    db
      .select()
      .from(calendarYears)
      .where(sql`${calendarYears.year} = ${year}`),
  ]);
  return {
    year,
    known: known !== undefined,
    source: known?.source ?? null,
    confirmedAt: known?.confirmedAt.toISOString() ?? null,
    days,
  };
}

export async function getCalendarYear(ctx: Ctx, year: number): Promise<CalendarYear> {
  return readYear(ctx.db, year);
}

/** Replaces a year's holidays and make-up workdays and marks the year known (entered by an admin). */
export async function replaceCalendarYear(
  ctx: SignedInCtx,
  year: number,
  input: PutCalendarYear,
): Promise<CalendarYear> {
  const problems = checkYearExceptions(year, input.days);
  if (problems.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems.map((p) => ({
        field: `days.${p.index}.${p.field}`,
        code: p.code,
        message: CALENDAR_PROBLEM_MESSAGES[p.code],
        in: 'body',
      })),
    );
  }
  const [first, last] = yearBounds(year);
  const result = await ctx.db.transaction(async (tx) => {
    // The year row first: its lock makes concurrent replacements of one year take turns.
    await tx
      .insert(calendarYears)
      .values({ year, source: 'admin', confirmedBy: ctx.actor.accountId })
      .onConflictDoUpdate({
        target: calendarYears.year,
        set: { source: 'admin', confirmedAt: sql`now()`, confirmedBy: ctx.actor.accountId },
      });
    const before = await tx
      .delete(calendarDays)
      .where(and(gte(calendarDays.day, first), lte(calendarDays.day, last)))
      .returning({ day: calendarDays.day, kind: calendarDays.kind, name: calendarDays.name });
    if (input.days.length) {
      await tx.insert(calendarDays).values(input.days.map((d) => ({ ...d, updatedBy: ctx.actor.accountId })));
    }
    await appendAudit(tx, ctx, {
      action: 'calendar.year.replace',
      entityType: 'calendar_year',
      entityId: String(year),
      change: {
        before: before.sort((a, b) => a.day.localeCompare(b.day)),
        after: [...input.days].sort((a, b) => a.day.localeCompare(b.day)),
      },
    });
    return readYear(tx, year);
  });
  invalidateWorkCalendar(ctx.db);
  return result;
}

export async function calendarStatus(ctx: Pick<Ctx, 'db' | 'config'>): Promise<CalendarStatus> {
  const rows = await ctx.db
    .select({ year: calendarYears.year })
    .from(calendarYears)
    .orderBy(asc(calendarYears.year));
  const knownYears = rows.map((y) => y.year);
  const today = shanghaiDate(ctx.config.now());
  return { today, knownYears, missingYears: missingCalendarYears(today, (y) => knownYears.includes(y)) };
}

/** For /readyz: the platform works without them, but deadlines into such a year count weekdays only. */
export async function calendarWarnings(
  db: Db,
  now: Date,
  lang: Lang,
): Promise<{ code: 'CALENDAR_YEAR_MISSING'; year: number; message: string }[]> {
  const calendar = await getWorkCalendar(db);
  return missingCalendarYears(shanghaiDate(now), (y) => calendar.knowsYear(y)).map((year) => ({
    code: 'CALENDAR_YEAR_MISSING' as const,
    year,
    message:
      lang === 'zh'
        ? `${year} 年节假日安排尚未录入，跨入该年的期限暂按周一至周五计算`
        : `The ${year} holiday arrangement has not been entered; deadlines into ${year} count Monday–Friday only`,
  }));
}
