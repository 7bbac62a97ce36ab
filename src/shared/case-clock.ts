/**
 * The clock of a case (行政许可法 Arts. 42, 45, 82), computed the same way by server and browser.
 * A case has two clocks (statutory and promised); call {@link computeClock} once for each.
 *
 * Semantics, all in working days of the given {@link WorkCalendar}:
 * - The acceptance day `start` is not counted; the clock runs from the next working day.
 * - The case's limit is `limitDays + extensionDays` (Art. 42 extension added to the limit).
 * - A pause (supplement, hearing, testing, expert review…) stops the clock: working days in
 *   (pause.from, pause.to] do not count. An open pause (to = null) runs to today, so `due` moves while
 *   paused. Pauses are clipped to (start, asOf] where asOf = end ?? today: days not yet lived are not
 *   counted, and overlapping pauses count once.
 * - due = addWorkingDays(start, limit + paused working days).
 * - used = working days in (start, asOf] minus paused ones (0 if asOf is before start).
 * - remaining = limit − used (negative when overdue). While nothing is paused after today,
 *   remaining equals the working days in (today, due].
 * - paused: the case is open and a pause covers today (open, or closing after today).
 * - light (for open cases): red when today > due; else yellow when remaining ≤ yellowDays or
 *   remaining ≤ yellowRatio × limit; else green. For a completed case the light only says whether it
 *   was late: red when late, otherwise green.
 * - outcome (completed cases only): early when end < due, on_time when end = due, late when end > due.
 * - limitDays = 0 is an instant case (即办件): due = start.
 */
import type { IsoDate, WorkCalendar } from './workdays';

export interface ClockPause {
  from: IsoDate;
  to: IsoDate | null;
}

export interface ClockInput {
  /** Acceptance day (not counted). */
  start: IsoDate;
  /** Statutory or promised working days; 0 = instant (due = start). */
  limitDays: number;
  /** Approved extensions (Art. 42), added to the limit. */
  extensionDays: number;
  pauses: readonly ClockPause[];
  today: IsoDate;
  /** Decision day when completed. */
  end: IsoDate | null;
}

export interface LightThresholds {
  yellowDays: number;
  yellowRatio: number;
}

export const DEFAULT_LIGHT_THRESHOLDS: LightThresholds = { yellowDays: 1, yellowRatio: 0.2 };

export type ClockLight = 'green' | 'yellow' | 'red';
export type ClockOutcome = 'early' | 'on_time' | 'late';

export interface ClockState {
  due: IsoDate;
  usedDays: number;
  remainingDays: number;
  paused: boolean;
  light: ClockLight;
  outcome: ClockOutcome | null;
}

/** Working days in the union of the pauses, each clipped to (start, asOf]. */
function pausedWorkingDays(
  cal: WorkCalendar,
  pauses: readonly ClockPause[],
  start: IsoDate,
  asOf: IsoDate,
): number {
  // ISO dates compare correctly as strings.
  const spans: [IsoDate, IsoDate][] = [];
  for (const p of pauses) {
    const from = p.from > start ? p.from : start;
    const to = p.to === null || p.to > asOf ? asOf : p.to;
    if (to > from) spans.push([from, to]);
  }
  if (spans.length === 0) return 0;
  spans.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let total = 0;
  let [curFrom, curTo] = spans[0] as [IsoDate, IsoDate];
  for (let i = 1; i < spans.length; i++) {
    const [from, to] = spans[i] as [IsoDate, IsoDate];
    if (from <= curTo) {
      if (to > curTo) curTo = to;
    } else {
      total += cal.workingDaysBetween(curFrom, curTo);
      curFrom = from;
      curTo = to;
    }
  }
  return total + cal.workingDaysBetween(curFrom, curTo);
}

export function computeClock(
  cal: WorkCalendar,
  input: ClockInput,
  t: LightThresholds = DEFAULT_LIGHT_THRESHOLDS,
): ClockState {
  const { start, today, end } = input;
  const limit = input.limitDays + input.extensionDays;
  const asOf = end !== null && end < today ? end : today;
  const paused = input.pauses.length === 0 ? 0 : pausedWorkingDays(cal, input.pauses, start, asOf);
  const due = cal.addWorkingDays(start, limit + paused);
  const usedDays = asOf > start ? cal.workingDaysBetween(start, asOf) - paused : 0;
  const remainingDays = limit - usedDays;
  const isPaused =
    end === null && input.pauses.some((p) => p.from <= today && (p.to === null || p.to > today));

  let light: ClockLight;
  let outcome: ClockOutcome | null = null;
  if (end !== null) {
    outcome = end < due ? 'early' : end === due ? 'on_time' : 'late';
    light = outcome === 'late' ? 'red' : 'green';
  } else if (today > due) {
    light = 'red';
  } else if (remainingDays <= t.yellowDays || remainingDays <= t.yellowRatio * limit) {
    light = 'yellow';
  } else {
    light = 'green';
  }
  return { due, usedDays, remainingDays, paused: isPaused, light, outcome };
}
