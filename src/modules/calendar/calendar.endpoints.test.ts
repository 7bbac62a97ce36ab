import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type ErrorBody = { code: string; details: { field: string; code: string }[] };

describe('GET /api/v1/calendar/add-working-days (public)', () => {
  it('answers the issue example: 2025-09-30 + 5 working days is 2025-10-14', async () => {
    // Oct 1–8 holiday; 9 = 1, 10 = 2, Sat 11 (make-up) = 3, 13 = 4, 14 = 5.
    const res = await t.anon().get('/api/v1/calendar/add-working-days?from=2025-09-30&days=5');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ due: '2025-10-14' });
  });

  it('crosses Spring Festival 2026 with its two make-up Saturdays', async () => {
    // Thu 12 Feb: 13 = 1, Sat 14 = 2, 15–23 rest, 24–27 = 6, Sat 28 = 7, 2–6 Mar = 12, 9–13 = 17, 16–18 = 20.
    const res = await t.anon().get('/api/v1/calendar/add-working-days?from=2026-02-12&days=20');
    expect(res.body).toEqual({ due: '2026-03-18' });
  });

  it('0 days is the day itself; 3650 is the largest span', async () => {
    expect((await t.anon().get('/api/v1/calendar/add-working-days?from=2025-10-01&days=0')).body).toEqual({
      due: '2025-10-01',
    });
    expect((await t.anon().get('/api/v1/calendar/add-working-days?from=2025-10-01&days=3650')).status).toBe(
      200,
    );
  });

  it.each([
    ['from=2025-02-30&days=1', 'from'],
    ['from=2025-1-1&days=1', 'from'],
    ['from=2025-10-01&days=-1', 'days'],
    ['from=2025-10-01&days=1.5', 'days'],
    ['from=2025-10-01&days=', 'days'],
    ['from=2025-10-01&days=1e2', 'days'],
    ['from=2025-10-01&days=3651', 'days'],
    ['from=2025-10-01', 'days'],
    ['days=5', 'from'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    const res = await t.anon().get<ErrorBody>(`/api/v1/calendar/add-working-days?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d) => d.field)).toEqual([field]);
  });

  it('tells a person that 2 月 30 日 is not a real date, and what is expected', async () => {
    const res = await t.anon().get<ErrorBody>('/api/v1/calendar/add-working-days?from=2025-02-30&days=1', {
      'accept-language': 'zh-CN',
    });
    expect(res.body.details[0]).toMatchObject({
      field: 'from',
      code: 'invalid_format',
      message: '应为有效日期，格式 YYYY-MM-DD（如 2025-10-09）',
    });
  });

  it('says "required" for a missing parameter', async () => {
    const res = await t.anon().get<ErrorBody>('/api/v1/calendar/add-working-days?from=2025-10-01');
    expect(res.body.details[0]?.code).toBe('required');
  });
});

describe('GET /api/v1/calendar/working-days-between (public)', () => {
  it('counts (from, to], negative backwards', async () => {
    // October 2025 after the 30 Sep: 9, 10, 11 = 3, then 13–17, 20–24, 27–31 = 15 → 18.
    const res = await t.anon().get('/api/v1/calendar/working-days-between?from=2025-09-30&to=2025-10-31');
    expect(res.body).toEqual({ days: 18 });
    const back = await t.anon().get('/api/v1/calendar/working-days-between?from=2025-10-14&to=2025-09-30');
    expect(back.body).toEqual({ days: -5 });
  });

  it('refuses a missing or impossible date', async () => {
    const res = await t.anon().get<ErrorBody>('/api/v1/calendar/working-days-between?from=2025-04-31');
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => d.field).sort()).toEqual(['from', 'to']);
  });
});

describe('GET /api/v1/calendar/years/:year (public)', () => {
  it('lists 2025 as loaded from chinese-days: 28 holidays and 5 make-up workdays', async () => {
    const res = await t.anon().get<{
      year: number;
      known: boolean;
      source: string;
      days: { day: string; kind: string; name: string }[];
    }>('/api/v1/calendar/years/2025');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2025, known: true, source: 'chinese-days' });
    // Holidays: Jan 1 (1), Jan 28–Feb 4 (8), Apr 4–6 (3), May 1–5 (5), May 31–Jun 2 (3), Oct 1–8 (8) = 28.
    const holidays = res.body.days.filter((d) => d.kind === 'holiday');
    expect(holidays).toHaveLength(28);
    expect(res.body.days.filter((d) => d.kind === 'workday')).toEqual([
      { day: '2025-01-26', kind: 'workday', name: '春节' },
      { day: '2025-02-08', kind: 'workday', name: '春节' },
      { day: '2025-04-27', kind: 'workday', name: '劳动节' },
      { day: '2025-09-28', kind: 'workday', name: '国庆节' },
      { day: '2025-10-11', kind: 'workday', name: '国庆节' },
    ]);
    expect(res.body.days[0]).toEqual({ day: '2025-01-01', kind: 'holiday', name: '元旦' });
    expect(res.body.days.find((d) => d.day === '2025-10-06')).toEqual({
      day: '2025-10-06',
      kind: 'holiday',
      name: '中秋',
    });
  });

  it('says a year without data is not known', async () => {
    const res = await t.anon().get('/api/v1/calendar/years/2031');
    expect(res.body).toEqual({ year: 2031, known: false, source: null, confirmedAt: null, days: [] });
  });

  it.each(['abc', '1800', '2025.5'])('refuses the year %s', async (year) => {
    const res = await t.anon().get<ErrorBody>(`/api/v1/calendar/years/${year}`);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => d.field)).toEqual(['year']);
  });
});

describe('the missing next-year calendar (status and /readyz)', () => {
  const at = (instant: string) => {
    t.config.now = () => new Date(instant);
  };
  afterAll(() => {
    t.config.now = () => new Date();
  });

  it('is silent until 31 October in Shanghai', async () => {
    at('2026-10-31T15:59:00Z'); // 23:59 on 31 Oct in Shanghai
    const status = await t.anon().get('/api/v1/calendar/status');
    expect(status.body).toEqual({
      today: '2026-10-31',
      knownYears: Array.from({ length: 23 }, (_, i) => 2004 + i),
      missingYears: [],
    });
    const ready = await t.anon().get('/readyz');
    expect(ready.body).toEqual({ status: 'ok', database: t.database.kind });
  });

  it('warns from 1 November that next year is missing, still answering 200', async () => {
    at('2026-10-31T16:00:00Z'); // 00:00 on 1 Nov in Shanghai
    const status = await t.anon().get('/api/v1/calendar/status');
    expect(status.body).toMatchObject({ today: '2026-11-01', missingYears: [2027] });
    const ready = await t.anon().get('/readyz', { 'accept-language': 'en' });
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ok',
      database: t.database.kind,
      warnings: [
        {
          code: 'CALENDAR_YEAR_MISSING',
          year: 2027,
          message:
            'The 2027 holiday arrangement has not been entered; deadlines into 2027 count Monday–Friday only',
        },
      ],
    });
  });

  it('warns about the current year too once it has begun unknown', async () => {
    at('2027-03-01T02:00:00Z');
    const ready = await t.anon().get<{ warnings: { year: number }[] }>('/readyz');
    expect(ready.body.warnings.map((w) => w.year)).toEqual([2027]);
  });
});
