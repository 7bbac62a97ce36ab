/**
 * The holiday calendar API as both sides see it, and the rules a year's exceptions must follow, so
 * the console can show the same problems the server would refuse. Browser-safe.
 */
import { z } from 'zod';
import { dayNumberFromCivil, weekdayOf, type CalendarException } from './workdays';

/** Years the calendar may hold: chinese-days starts in 2004; the bound only stops typos. */
export const CALENDAR_YEAR_MIN = 1990;
export const CALENDAR_YEAR_MAX = 2100;
export const CALENDAR_NAME_MAX = 60;

/** A real date, years 1900–2199 (z.iso.date already refuses 2025-02-30). */
export const isoDateSchema = z.iso.date().regex(/^(19|2\d)\d{2}-/);

export const calendarYearParamSchema = z.object({
  year: z.coerce.number().int().min(CALENDAR_YEAR_MIN).max(CALENDAR_YEAR_MAX),
});

export const calendarExceptionSchema = z.object({
  day: z.string(),
  kind: z.enum(['holiday', 'workday']),
  name: z.string(),
});

export const calendarYearSchema = z.object({
  year: z.number().int(),
  /** Whether the year's arrangement has been entered (from chinese-days or by an admin). */
  known: z.boolean(),
  source: z.enum(['chinese-days', 'admin']).nullable(),
  confirmedAt: z.string().nullable(),
  days: z.array(calendarExceptionSchema),
});
export type CalendarYear = z.infer<typeof calendarYearSchema>;

export const putCalendarYearSchema = z.strictObject({
  days: z
    .array(
      z.strictObject({
        day: isoDateSchema,
        kind: z.enum(['holiday', 'workday']),
        name: z.string().trim().max(CALENDAR_NAME_MAX),
      }),
    )
    .max(366),
});
export type PutCalendarYear = z.infer<typeof putCalendarYearSchema>;

export const calendarStatusSchema = z.object({
  /** Today in Asia/Shanghai by the server's clock. */
  today: z.string(),
  knownYears: z.array(z.number().int()),
  /** This year if unknown; next year too from 1 November on. The console and /readyz warn about them. */
  missingYears: z.array(z.number().int()),
});
export type CalendarStatus = z.infer<typeof calendarStatusSchema>;

export type CalendarProblemCode =
  | 'CALENDAR_DAY_OUTSIDE_YEAR'
  | 'CALENDAR_WORKDAY_NOT_WEEKEND'
  | 'CALENDAR_NAME_REQUIRED'
  | 'CALENDAR_DAY_DUPLICATE';

export const CALENDAR_PROBLEM_MESSAGES: Record<CalendarProblemCode, { zh: string; en: string }> = {
  CALENDAR_DAY_OUTSIDE_YEAR: { zh: '日期不在该年度内', en: 'The day is not in this year' },
  CALENDAR_WORKDAY_NOT_WEEKEND: {
    zh: '调休上班日只能设在周六或周日',
    en: 'A make-up workday can only be a Saturday or Sunday',
  },
  CALENDAR_NAME_REQUIRED: { zh: '请填写节假日名称', en: 'Enter the holiday’s name' },
  CALENDAR_DAY_DUPLICATE: { zh: '该日期重复出现', en: 'This day appears more than once' },
};

export type CalendarProblem = { index: number; field: 'day' | 'name'; code: CalendarProblemCode };

/** Day of week 0 = Monday … 6 = Sunday of a valid 'YYYY-MM-DD'. */
export function weekdayOfIso(day: string): number {
  return weekdayOf(
    dayNumberFromCivil(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))),
  );
}

/**
 * What is wrong with a year's exceptions: every day in that year, a make-up workday only on a
 * weekend (a weekday is a workday anyway), a holiday named, each day once.
 */
export function checkYearExceptions(year: number, days: readonly CalendarException[]): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const seen = new Set<string>();
  days.forEach((d, index) => {
    if (Number(d.day.slice(0, 4)) !== year)
      problems.push({ index, field: 'day', code: 'CALENDAR_DAY_OUTSIDE_YEAR' });
    else if (d.kind === 'workday' && weekdayOfIso(d.day) < 5)
      problems.push({ index, field: 'day', code: 'CALENDAR_WORKDAY_NOT_WEEKEND' });
    if (seen.has(d.day)) problems.push({ index, field: 'day', code: 'CALENDAR_DAY_DUPLICATE' });
    seen.add(d.day);
    if (d.kind === 'holiday' && d.name.trim() === '')
      problems.push({ index, field: 'name', code: 'CALENDAR_NAME_REQUIRED' });
  });
  return problems;
}

/** Years whose calendar should be entered by `today`: this year, and from 1 November the next. */
export function missingCalendarYears(today: string, knows: (year: number) => boolean): number[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const wanted = month >= 11 ? [year, year + 1] : [year];
  return wanted.filter((y) => !knows(y));
}
