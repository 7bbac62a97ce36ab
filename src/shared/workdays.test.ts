import { describe, expect, it } from 'vitest';
import { chineseDaysByYear } from '../modules/calendar/calendar.chinese-days';
import {
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  weekdayOf,
  WorkCalendar,
  type CalendarException,
} from './workdays';

// The real State Council arrangements, 2004–2026, as the seed loads them.
const byYear = chineseDaysByYear();
const cal = WorkCalendar.from([...byYear.values()].flat(), [...byYear.keys()]);

describe('day numbers', () => {
  it('round-trips dates and knows weekdays', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(fromDayNumber(toDayNumber('2024-02-29'))).toBe('2024-02-29');
    // 2025-09-30 is a Tuesday (0 = Monday).
    expect(weekdayOf(toDayNumber('2025-09-30'))).toBe(1);
  });

  it('refuses anything that is not a real date', () => {
    for (const bad of ['2025-02-30', '2025-02-29', '2025-13-01', '2025-1-01', '20250101', '2025/01/01', '']) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => toDayNumber(bad)).toThrow(RangeError);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(() => cal.addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-03-03', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-03-03', 1.5)).toThrow(RangeError);
  });
});

describe('the real calendar', () => {
  it('knows 2004–2026 and nothing else', () => {
    expect(cal.knowsYear(2004)).toBe(true);
    expect(cal.knowsYear(2026)).toBe(true);
    expect(cal.knowsYear(2003)).toBe(false);
    expect(cal.knowsYear(2027)).toBe(false);
    expect(cal.missingYears('2025-12-01', '2028-01-10')).toEqual([2027, 2028]);
    expect(cal.missingYears('2028-01-10', '2025-12-01')).toEqual([2027, 2028]);
    expect(cal.missingYears('2025-01-01', '2026-12-31')).toEqual([]);
  });

  it('the issue example: accepted 2025-09-30 with 5 working days is due 2025-10-14', () => {
    // Oct 1–8 holiday (National Day + Mid-Autumn); Oct 9 Thu = 1, Oct 10 Fri = 2,
    // Oct 11 make-up Sat = 3, Oct 12 Sun rest, Oct 13 Mon = 4, Oct 14 Tue = 5.
    expect(cal.addWorkingDays('2025-09-30', 5)).toBe('2025-10-14');
    expect(cal.workingDaysBetween('2025-09-30', '2025-10-14')).toBe(5);
    expect(cal.workingDaysBetween('2025-10-14', '2025-09-30')).toBe(-5);
  });

  it('National Day and Mid-Autumn 2025, with make-up Sunday 28 Sep and Saturday 11 Oct', () => {
    expect(cal.isWorkingDay('2025-10-06')).toBe(false); // Mid-Autumn, a Monday
    expect(cal.isWorkingDay('2025-10-08')).toBe(false); // National Day, a Wednesday
    expect(cal.isWorkingDay('2025-09-28')).toBe(true); // make-up Sunday
    expect(cal.isWorkingDay('2025-09-27')).toBe(false); // ordinary Saturday
    // From Fri 26 Sep: Sat 27 rests, Sun 28 works = 1.
    expect(cal.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    // … Mon 29 = 2, Tue 30 = 3, Oct 1–8 rest, Thu 9 = 4.
    expect(cal.addWorkingDays('2025-09-26', 4)).toBe('2025-10-09');
    // From a holiday: the next working day is Thu 9 Oct.
    expect(cal.addWorkingDays('2025-10-01', 1)).toBe('2025-10-09');
    // October 2025: 9, 10, 11 (Sat) = 3, then 13–17, 20–24, 27–31 = 15; 18 in all.
    expect(cal.workingDaysBetween('2025-09-30', '2025-10-31')).toBe(18);
  });

  it('a make-up Saturday counts as a working day', () => {
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.isWorkingDay('2025-10-12')).toBe(false);
    // Fri 10 Oct + 1: Sat 11 Oct works.
    expect(cal.addWorkingDays('2025-10-10', 1)).toBe('2025-10-11');
    expect(cal.workingDaysBetween('2025-10-10', '2025-10-13')).toBe(2); // Sat 11, Mon 13
  });

  it('Spring Festival 2025: rest 28 Jan–4 Feb, work Sun 26 Jan and Sat 8 Feb', () => {
    // From Fri 24 Jan: Sat 25 rests, Sun 26 works = 1, Mon 27 = 2, 28 Jan–4 Feb rest, Wed 5 Feb = 3.
    expect(cal.addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(cal.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    // Accepted Mon 27 Jan, 5 days: Feb 5 = 1, 6 = 2, 7 = 3, Sat 8 = 4, Mon 10 = 5.
    expect(cal.addWorkingDays('2025-01-27', 5)).toBe('2025-02-10');
    expect(cal.isWorkingDay('2025-02-03')).toBe(false);
  });

  it('Spring Festival 2026: rest 15–23 Feb, work Sat 14 Feb and Sat 28 Feb', () => {
    // Accepted Thu 12 Feb, 20 days: Fri 13 = 1, Sat 14 = 2, 15–23 rest, 24–27 = 3–6, Sat 28 = 7,
    // 2–6 Mar = 8–12, 9–13 Mar = 13–17, Mon 16 = 18, Tue 17 = 19, Wed 18 = 20.
    expect(cal.addWorkingDays('2026-02-12', 20)).toBe('2026-03-18');
    expect(cal.workingDaysBetween('2026-02-12', '2026-03-18')).toBe(20);
    expect(cal.isWorkingDay('2026-02-23')).toBe(false); // a Monday inside the break
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
  });

  it('n = 0 is the day itself, even a holiday', () => {
    expect(cal.addWorkingDays('2025-10-01', 0)).toBe('2025-10-01');
  });

  it('counts plain Monday–Friday in unknown years, across the edges of the known range', () => {
    // 2027 is unknown: Thu 31 Dec 2026 + 1 is Fri 1 Jan 2027 (not yet a holiday for us).
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
    // Fri 1 Jan 2027 + 1 skips the weekend: Mon 4 Jan.
    expect(cal.addWorkingDays('2027-01-01', 1)).toBe('2027-01-04');
    // 2003 is unknown: Wed 1 Oct 2003 + 1 is Thu 2 Oct.
    expect(cal.addWorkingDays('2003-10-01', 1)).toBe('2003-10-02');
    // Wed 31 Dec 2003 + 1: Thu 1 Jan 2004 is New Year's Day, so Fri 2 Jan.
    expect(cal.addWorkingDays('2003-12-31', 1)).toBe('2004-01-02');
    // 2026-12-25 (Fri) → 2027-01-08 (Fri): 28–31 Dec (4) + 1, 4–8 Jan (6) = 10.
    expect(cal.workingDaysBetween('2026-12-25', '2027-01-08')).toBe(10);
  });

  it('a calendar with no data is plain Monday–Friday', () => {
    const plain = WorkCalendar.from([], []);
    // Tue 30 Sep 2025 + 5: Oct 1, 2, 3, 6, 7.
    expect(plain.addWorkingDays('2025-09-30', 5)).toBe('2025-10-07');
    expect(plain.knowsYear(2025)).toBe(false);
  });

  it('agrees with counting day by day, for 5 000 starts and limits', () => {
    const exceptions = new Map<string, CalendarException>();
    for (const list of byYear.values()) for (const e of list) exceptions.set(e.day, e);
    const naiveWorking = (z: number) => {
      const e = exceptions.get(fromDayNumber(z));
      return e ? e.kind === 'workday' : weekdayOf(z) < 5;
    };
    const first = toDayNumber('2003-06-01');
    const span = toDayNumber('2027-06-01') - first;
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 5_000; i++) {
      const from = first + (next() % span);
      const n = next() % 61;
      let z = from;
      for (let left = n; left > 0;) if (naiveWorking(++z)) left--;
      const iso = fromDayNumber(from);
      expect(cal.addWorkingDays(iso, n)).toBe(fromDayNumber(z));
      expect(cal.workingDaysBetween(iso, fromDayNumber(z))).toBe(n);
      expect(cal.isWorkingDay(fromDayNumber(z))).toBe(n === 0 ? naiveWorking(z) : true);
    }
  });
});
