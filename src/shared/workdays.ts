/**
 * Working days as 行政许可法 Art. 82 counts them: Monday–Friday, minus statutory holidays, plus the
 * State Council's make-up workdays (调休). Shared by server and browser: no Node APIs.
 *
 * Speed matters (every case list computes clocks), so dates are integer day numbers and the known
 * range is precomputed: `cum[i]` is the number of working days up to and including day `base + i`,
 * `nth[j]` is the day offset of the range's (j+1)-th working day. Both operations are then O(1).
 * Outside the precomputed range every year is plain Monday–Friday, computed in closed form.
 */

export type IsoDate = string; // 'YYYY-MM-DD', a day in Asia/Shanghai

export interface CalendarException {
  day: IsoDate;
  kind: 'holiday' | 'workday';
  name: string;
}

/** Day 0 is 1970-01-01 (a Thursday); day 4 (1970-01-05) is the Monday weekday counts start from. */
const MONDAY_ZERO = 4;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumberFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link dayNumberFromCivil}. */
function civilFromDayNumber(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

/** True for a real calendar date written 'YYYY-MM-DD' (years 0001–9999). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const DIGIT_0 = 48;

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - DIGIT_0;
  if (c < 0 || c > 9) throw new RangeError(`Not a date (YYYY-MM-DD): ${s}`);
  return c;
}

/** 'YYYY-MM-DD' → day number; throws RangeError on anything that is not a real date. */
export function toDayNumber(s: IsoDate): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) {
    throw new RangeError(`Not a date (YYYY-MM-DD): ${s}`);
  }
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`Not a date (YYYY-MM-DD): ${s}`);
  }
  return dayNumberFromCivil(y, m, d);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** Day number → 'YYYY-MM-DD'. */
export function fromDayNumber(z: number): IsoDate {
  const [y, m, d] = civilFromDayNumber(z);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(z: number): number {
  return (((z - MONDAY_ZERO) % 7) + 7) % 7;
}

/** Weekdays (Mon–Fri) in [1970-01-05, z], negative before it: a monotone count, only differences matter. */
function plainCount(z: number): number {
  const t = z - MONDAY_ZERO;
  const w = Math.floor(t / 7);
  const r = t - 7 * w;
  return 5 * w + (r < 5 ? r + 1 : 5);
}

/** Smallest day z with plainCount(z) ≥ k. */
function plainNth(k: number): number {
  const w = Math.floor((k - 1) / 5);
  return MONDAY_ZERO + 7 * w + (k - 1 - 5 * w);
}

export class WorkCalendar {
  private readonly known: ReadonlySet<number>;
  /** First day number of the precomputed range (1 January of the earliest year with data). */
  private readonly base: number;
  /** Working days up to and including base + i, on the same scale as plainCount. */
  private readonly cum: Int32Array;
  /** Day offset (from base) of the range's (j+1)-th working day. */
  private readonly nth: Int32Array;
  /** cum value of the day before base. */
  private readonly before: number;
  /** Exceptions' net effect on counts after the range (workdays added − weekday holidays). */
  private readonly shift: number;
  private readonly isoCache: string[];

  private constructor(exceptions: readonly CalendarException[], knownYears: readonly number[]) {
    this.known = new Set(knownYears);
    const kinds = new Map<number, 'holiday' | 'workday'>();
    const years: number[] = [...knownYears];
    for (const e of exceptions) {
      kinds.set(toDayNumber(e.day), e.kind);
      years.push(Number(e.day.slice(0, 4)));
    }
    if (years.length === 0) {
      this.base = 0;
      this.cum = new Int32Array(0);
      this.nth = new Int32Array(0);
      this.before = plainCount(-1);
      this.shift = 0;
      this.isoCache = [];
      return;
    }
    const first = Math.min(...years);
    const last = Math.max(...years);
    this.base = dayNumberFromCivil(first, 1, 1);
    const length = dayNumberFromCivil(last + 1, 1, 1) - this.base;
    this.before = plainCount(this.base - 1);
    this.cum = new Int32Array(length);
    const nth: number[] = [];
    this.isoCache = new Array<string>(length);
    let count = this.before;
    for (let i = 0; i < length; i++) {
      const z = this.base + i;
      const kind = kinds.get(z);
      const working = kind === undefined ? weekdayOf(z) < 5 : kind === 'workday';
      if (working) {
        count++;
        nth.push(i);
      }
      this.cum[i] = count;
      this.isoCache[i] = fromDayNumber(z);
    }
    this.nth = Int32Array.from(nth);
    this.shift = count - plainCount(this.base + length - 1);
  }

  static from(exceptions: readonly CalendarException[], knownYears: readonly number[]): WorkCalendar {
    return new WorkCalendar(exceptions, knownYears);
  }

  /** Working days up to and including day z (a monotone count; only differences are meaningful). */
  private countTo(z: number): number {
    const i = z - this.base;
    if (i < 0) return plainCount(z);
    if (i < this.cum.length) return this.cum[i] as number;
    return plainCount(z) + this.shift;
  }

  /** Smallest day z with countTo(z) ≥ k. */
  private dayOfCount(k: number): number {
    const j = k - this.before - 1;
    if (j < 0) return plainNth(k);
    if (j < this.nth.length) return this.base + (this.nth[j] as number);
    return plainNth(k - this.shift);
  }

  private iso(z: number): IsoDate {
    const i = z - this.base;
    return i >= 0 && i < this.isoCache.length ? (this.isoCache[i] as string) : fromDayNumber(z);
  }

  isWorkingDay(day: IsoDate): boolean {
    const z = toDayNumber(day);
    return this.countTo(z) !== this.countTo(z - 1);
  }

  /** The day on which n working days have passed after `from` (from itself not counted). n = 0 → from. */
  addWorkingDays(from: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
    const z = toDayNumber(from);
    if (n === 0) return from;
    return this.iso(this.dayOfCount(this.countTo(z) + n));
  }

  /** Working days in (from, to]; negative when to < from. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    return this.countTo(toDayNumber(to)) - this.countTo(toDayNumber(from));
  }

  knowsYear(year: number): boolean {
    return this.known.has(year);
  }

  /** Years from from's to to's (either order) whose calendar is not known, ascending. */
  missingYears(from: IsoDate, to: IsoDate): number[] {
    toDayNumber(from);
    toDayNumber(to);
    const a = Number(from.slice(0, 4));
    const b = Number(to.slice(0, 4));
    const missing: number[] = [];
    for (let y = Math.min(a, b); y <= Math.max(a, b); y++) if (!this.known.has(y)) missing.push(y);
    return missing;
  }
}
