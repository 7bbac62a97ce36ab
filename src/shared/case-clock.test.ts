import { describe, expect, it } from 'vitest';
import { chineseDaysByYear } from '../modules/calendar/calendar.chinese-days';
import { computeClock, type ClockInput } from './case-clock';
import { WorkCalendar } from './workdays';

const byYear = chineseDaysByYear();
const cal = WorkCalendar.from([...byYear.values()].flat(), [...byYear.keys()]);

const clock = (input: Partial<ClockInput> & Pick<ClockInput, 'start' | 'limitDays' | 'today'>) =>
  computeClock(cal, { extensionDays: 0, pauses: [], end: null, ...input });

describe('an open case without pauses', () => {
  it('accepted 2025-09-30 with 5 days: due 2025-10-14, on 9 Oct one day used', () => {
    // (30 Sep, 9 Oct]: 1–8 Oct holiday, Thu 9 = 1 used; 5 − 1 = 4 left; 4 > 1 and 4 > 0.2 × 5.
    expect(clock({ start: '2025-09-30', limitDays: 5, today: '2025-10-09' })).toEqual({
      due: '2025-10-14',
      usedDays: 1,
      remainingDays: 4,
      paused: false,
      light: 'green',
      outcome: null,
    });
  });

  it('turns yellow by days: 3-day limit, one day left', () => {
    // Due: Oct 9 = 1, 10 = 2, Sat 11 (make-up) = 3. On Fri 10: used 2, left 1 ≤ 1 (0.2 × 3 = 0.6 < 1).
    const state = clock({ start: '2025-09-30', limitDays: 3, today: '2025-10-10' });
    expect(state).toMatchObject({ due: '2025-10-11', usedDays: 2, remainingDays: 1, light: 'yellow' });
    // On Thu 9: left 2 > 1 and 2 > 0.6 → green.
    expect(clock({ start: '2025-09-30', limitDays: 3, today: '2025-10-09' }).light).toBe('green');
  });

  it('turns yellow by ratio: 20-day limit, 4 days left (≤ 20 %)', () => {
    // Accepted Mon 3 Mar 2025 (no holidays in March): 4–7 = 4, 10–14 = 9, 17–21 = 14, 24–28 = 19, Mon 31 = 20.
    // On Tue 25 Mar: used 4 + 5 + 5 + 2 = 16, left 4 ≤ 0.2 × 20 = 4 (but 4 > 1 day).
    const state = clock({ start: '2025-03-03', limitDays: 20, today: '2025-03-25' });
    expect(state).toMatchObject({ due: '2025-03-31', usedDays: 16, remainingDays: 4, light: 'yellow' });
    // On Mon 24: used 15, left 5 > 4 → green; with yellowDays = 5 it is yellow.
    const input = { start: '2025-03-03', limitDays: 20, today: '2025-03-24' } as const;
    expect(clock(input)).toMatchObject({ remainingDays: 5, light: 'green' });
    expect(
      computeClock(
        cal,
        { ...input, extensionDays: 0, pauses: [], end: null },
        { yellowDays: 5, yellowRatio: 0 },
      ).light,
    ).toBe('yellow');
  });

  it('is red once today is after the due day, even on a rest day with nothing "remaining"', () => {
    // 5 days from 30 Sep is 14 Oct; on Wed 15 Oct: used 6, left −1.
    expect(clock({ start: '2025-09-30', limitDays: 5, today: '2025-10-15' })).toMatchObject({
      usedDays: 6,
      remainingDays: -1,
      light: 'red',
    });
    // 19 days from Mon 3 Mar is Fri 28 Mar (see above); on Sat 29: used 19, left 0, but late.
    expect(clock({ start: '2025-03-03', limitDays: 19, today: '2025-03-29' })).toMatchObject({
      due: '2025-03-28',
      usedDays: 19,
      remainingDays: 0,
      light: 'red',
    });
  });
});

describe('pauses (Art. 45) stop the clock', () => {
  it('a closed supplement pause moves the due day by its working days', () => {
    // Paused (Fri 7 Mar, Wed 12 Mar]: Mon 10, Tue 11, Wed 12 = 3 days.
    // Due = 23 days after 3 Mar: Mon 31 = 20, Apr 1 = 21, 2 = 22, Thu 3 Apr = 23.
    // On Fri 14 Mar: (3 Mar, 14 Mar] = 9 working days − 3 paused = 6 used, 20 − 6 = 14 left,
    // and indeed (14 Mar, 3 Apr] = 5 + 5 + 4 = 14.
    expect(
      clock({
        start: '2025-03-03',
        limitDays: 20,
        today: '2025-03-14',
        pauses: [{ from: '2025-03-07', to: '2025-03-12' }],
      }),
    ).toEqual({
      due: '2025-04-03',
      usedDays: 6,
      remainingDays: 14,
      paused: false,
      light: 'green',
      outcome: null,
    });
  });

  it('an open pause runs to today, so the due day moves while paused', () => {
    const pauses = [{ from: '2025-03-07', to: null }];
    // On Wed 12 Mar: paused 10, 11, 12 = 3 → due Thu 3 Apr (as above); used (3, 12 Mar] = 7 − 3 = 4.
    expect(clock({ start: '2025-03-03', limitDays: 20, today: '2025-03-12', pauses })).toEqual({
      due: '2025-04-03',
      usedDays: 4,
      remainingDays: 16,
      paused: true,
      light: 'green',
      outcome: null,
    });
    // On Thu 13 Mar: 4 paused → 24 days: Apr 3 = 23, Fri 4 Apr Qingming, weekend, Mon 7 Apr = 24.
    expect(clock({ start: '2025-03-03', limitDays: 20, today: '2025-03-13', pauses })).toMatchObject({
      due: '2025-04-07',
      usedDays: 4,
      remainingDays: 16,
      paused: true,
    });
  });

  it('overlapping pauses count once', () => {
    // (7 Mar, 12 Mar] ∪ (10 Mar, 14 Mar] = (7 Mar, 14 Mar] = Mon 10 – Fri 14 = 5 days.
    // Due = 25 days: Apr 3 = 23, 4–6 Apr rest (Qingming + weekend), Mon 7 = 24, Tue 8 = 25.
    // On Mon 17 Mar: (3, 17 Mar] = 10 − 5 = 5 used, 15 left.
    expect(
      clock({
        start: '2025-03-03',
        limitDays: 20,
        today: '2025-03-17',
        pauses: [
          { from: '2025-03-07', to: '2025-03-12' },
          { from: '2025-03-10', to: '2025-03-14' },
        ],
      }),
    ).toMatchObject({ due: '2025-04-08', usedDays: 5, remainingDays: 15, paused: false });
  });

  it('a pause across Spring Festival 2025 stops only its working days', () => {
    // Paused (Fri 24 Jan, Mon 10 Feb]: Sun 26 Jan, Mon 27, Feb 5, 6, 7, Sat 8, Mon 10 = 7 days.
    // (Mon 20 Jan, Wed 12 Feb]: 21–24 Jan = 4, 26, 27 = 6, 5–8 Feb = 10, 10–12 Feb = 13; 13 − 7 = 6 used.
    // Due = 17 days after 20 Jan: … Feb 12 = 13, 13 = 14, Fri 14 = 15, Mon 17 = 16, Tue 18 = 17.
    expect(
      clock({
        start: '2025-01-20',
        limitDays: 10,
        today: '2025-02-12',
        pauses: [{ from: '2025-01-24', to: '2025-02-10' }],
      }),
    ).toMatchObject({ due: '2025-02-18', usedDays: 6, remainingDays: 4, light: 'green' });
  });
});

describe('extension (Art. 42)', () => {
  it('10 on 20: due moves from the make-up Sunday 28 Sep to 17 Oct 2025', () => {
    // From Mon 1 Sep 2025: 2–5 = 4, 8–12 = 9, 15–19 = 14, 22–26 = 19, Sun 28 (make-up) = 20.
    const base = { start: '2025-09-01', limitDays: 20, today: '2025-09-29' } as const;
    expect(clock(base)).toMatchObject({ due: '2025-09-28', usedDays: 21, remainingDays: -1, light: 'red' });
    // + 10: Mon 29 = 21, Tue 30 = 22, 1–8 Oct rest, 9 = 23, 10 = 24, Sat 11 = 25, 13–17 = 26–30.
    // On 29 Sep: used 21, left 30 − 21 = 9 > 1 and > 0.2 × 30 = 6 → green.
    expect(clock({ ...base, extensionDays: 10 })).toMatchObject({
      due: '2025-10-17',
      usedDays: 21,
      remainingDays: 9,
      light: 'green',
    });
  });
});

describe('instant cases (即办件)', () => {
  it('are due the day they are accepted', () => {
    expect(clock({ start: '2025-06-03', limitDays: 0, today: '2025-06-03', end: '2025-06-03' })).toEqual({
      due: '2025-06-03',
      usedDays: 0,
      remainingDays: 0,
      paused: false,
      light: 'green',
      outcome: 'on_time',
    });
    // Still open that day: 0 left → yellow; the next day → red.
    expect(clock({ start: '2025-06-03', limitDays: 0, today: '2025-06-03' }).light).toBe('yellow');
    expect(clock({ start: '2025-06-03', limitDays: 0, today: '2025-06-04' })).toMatchObject({
      usedDays: 1,
      remainingDays: -1,
      light: 'red',
    });
  });
});

describe('outcome of completed cases', () => {
  // 5 days from 30 Sep 2025 is Tue 14 Oct; today is later than every end, the clock stops at end.
  const done = (end: string) => clock({ start: '2025-09-30', limitDays: 5, today: '2025-10-20', end });

  it('early: decided Mon 13 Oct (9, 10, 11, 13 = 4 used)', () => {
    expect(done('2025-10-13')).toEqual({
      due: '2025-10-14',
      usedDays: 4,
      remainingDays: 1,
      paused: false,
      light: 'green',
      outcome: 'early',
    });
  });
  it('on time: decided Tue 14 Oct (5 used)', () => {
    expect(done('2025-10-14')).toMatchObject({
      usedDays: 5,
      remainingDays: 0,
      outcome: 'on_time',
      light: 'green',
    });
  });
  it('late: decided Wed 15 Oct (6 used)', () => {
    expect(done('2025-10-15')).toMatchObject({
      usedDays: 6,
      remainingDays: -1,
      outcome: 'late',
      light: 'red',
    });
  });
  it('an open pause of a completed case ends with the case', () => {
    // Paused (Thu 9 Oct, end Fri 17 Oct]: 10, 11, 13–17 = 7 days; due = 12 days after 30 Sep:
    // 9, 10, 11, 13–17 = 8, 20–23 = 12 → Thu 23 Oct. Used (30 Sep, 17 Oct] = 8 − 7 = 1, left 4.
    expect(
      clock({
        start: '2025-09-30',
        limitDays: 5,
        today: '2025-10-31',
        end: '2025-10-17',
        pauses: [{ from: '2025-10-09', to: null }],
      }),
    ).toMatchObject({ due: '2025-10-23', usedDays: 1, remainingDays: 4, paused: false, outcome: 'early' });
  });
});
