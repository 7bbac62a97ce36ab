/**
 * The two clocks of a case (statutory and promised), from the facts stored on it, and the derived
 * dates persisted for SQL queues. The arithmetic itself is the shared deadline engine's.
 */
import { computeClock, type ClockPause, type ClockState } from '../../shared/case-clock';
import type { ClockView } from '../../shared/cases.contract';
import { fromDayNumber, toDayNumber, type IsoDate, type WorkCalendar } from '../../shared/workdays';
import type { Config } from '../../server/config';

export type ClockFacts = {
  acceptedDay: string | null;
  decidedDay: string | null;
  statutoryDays: number;
  promisedDays: number;
  extensionDays: number;
};
export type PauseFacts = { fromDay: string; toDay: string | null };

/**
 * Only time after acceptance stops the clock: a supplement notice before acceptance ends before
 * the clock starts, and a pause begun on the acceptance day counts from that day.
 */
export function clockPauses(acceptedDay: string, pauses: readonly PauseFacts[]): ClockPause[] {
  return pauses
    .filter((p) => p.toDay === null || p.toDay > acceptedDay)
    .map((p) => ({ from: p.fromDay > acceptedDay ? p.fromDay : acceptedDay, to: p.toDay }));
}

const thresholds = (config: Config) => ({
  yellowDays: config.cases.yellowDays,
  yellowRatio: config.cases.yellowRatio,
});

function view(limitDays: number, extensionDays: number, state: ClockState): ClockView {
  return { limitDays, extensionDays, ...state };
}

export type Clocks = { statutory: ClockView; promised: ClockView };

/** Both clocks as of `today`; null before acceptance, when no clock runs yet. */
export function clocksOf(
  cal: WorkCalendar,
  config: Config,
  c: ClockFacts,
  pauses: readonly PauseFacts[],
  today: IsoDate,
): Clocks | null {
  if (c.acceptedDay === null) return null;
  const common = {
    start: c.acceptedDay,
    extensionDays: c.extensionDays,
    pauses: clockPauses(c.acceptedDay, pauses),
    today,
    end: c.decidedDay,
  };
  const t = thresholds(config);
  return {
    statutory: view(
      c.statutoryDays,
      c.extensionDays,
      computeClock(cal, { ...common, limitDays: c.statutoryDays }, t),
    ),
    promised: view(
      c.promisedDays,
      c.extensionDays,
      computeClock(cal, { ...common, limitDays: c.promisedDays }, t),
    ),
  };
}

export type PersistedClock = {
  statutoryDue: string | null;
  promisedDue: string | null;
  promisedYellowFrom: string | null;
  clockStoppedOn: string | null;
};

export const NO_CLOCK: PersistedClock = {
  statutoryDue: null,
  promisedDue: null,
  promisedYellowFrom: null,
  clockStoppedOn: null,
};

/**
 * The dates stored on the case as of `today` (the day of the change that called this). While a
 * pause is open the stored dates are those of the day it began (clockStoppedOn), and the queue
 * compares them with that day; the live clock on a read moves the due date day by day instead.
 */
export function persistedClock(
  cal: WorkCalendar,
  config: Config,
  c: ClockFacts,
  pauses: readonly PauseFacts[],
  today: IsoDate,
): PersistedClock {
  if (c.acceptedDay === null) return NO_CLOCK;
  const open = pauses.some((p) => p.toDay === null);
  // As if every pause ended today: the projection the stored dates stand for.
  const closed = clockPauses(c.acceptedDay, pauses).map((p) => ({ from: p.from, to: p.to ?? today }));
  const base = { start: c.acceptedDay, extensionDays: c.extensionDays, pauses: closed, end: null };
  const t = thresholds(config);
  const promisedAt = (day: IsoDate) =>
    computeClock(cal, { ...base, limitDays: c.promisedDays, today: day }, t);
  const promised = promisedAt(today);
  const statutory = computeClock(cal, { ...base, limitDays: c.statutoryDays, today }, t);
  return {
    statutoryDue: statutory.due,
    promisedDue: promised.due,
    promisedYellowFrom: firstNotGreen(promisedAt, today, promised.due),
    clockStoppedOn: open ? today : null,
  };
}

/**
 * The first day from `today` on which the light is no longer green. Lights only worsen as days
 * pass (green → yellow → red), and the day after the due date is red, so a binary search finds it.
 */
function firstNotGreen(at: (day: IsoDate) => ClockState, today: IsoDate, due: IsoDate): IsoDate {
  let lo = toDayNumber(today);
  let hi = Math.max(lo, toDayNumber(due) + 1);
  if (at(today).light !== 'green') return today;
  while (lo + 1 < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (at(fromDayNumber(mid)).light === 'green') lo = mid;
    else hi = mid;
  }
  return fromDayNumber(hi);
}
