import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/app';
import { auditLog } from '../audit/audit.tables';
import { seedCalendar } from './calendar.seed';
import { getWorkCalendar } from './calendar.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type ErrorBody = { code: string; details: { field: string; code: string }[] };
type YearBody = {
  year: number;
  known: boolean;
  source: string | null;
  confirmedAt: string | null;
  days: { day: string; kind: string; name: string }[];
};

// A made-up 2027 arrangement for the test (not the State Council's): New Year 1–3 Jan (Fri–Sun),
// make-up Saturday 9 Jan.
const ARRANGEMENT_2027 = [
  { day: '2027-01-09', kind: 'workday', name: '元旦' },
  { day: '2027-01-01', kind: 'holiday', name: '元旦' },
  { day: '2027-01-02', kind: 'holiday', name: '元旦' },
  { day: '2027-01-03', kind: 'holiday', name: '元旦' },
];

const due = async (from: string, days: number) =>
  (await t.anon().get<{ due: string }>(`/api/v1/calendar/add-working-days?from=${from}&days=${days}`)).body
    .due;

describe('a platform admin enters next year', () => {
  it('replaces 2027, which takes effect at once, is marked known by admin, and is audited', async () => {
    // Unknown 2027 is plain weekdays: Thu 31 Dec 2026 + 1 = Fri 1 Jan 2027.
    expect(await due('2026-12-31', 1)).toBe('2027-01-01');
    // Fri 8 Jan + 1 = Mon 11 Jan (9–10 is a plain weekend).
    expect(await due('2027-01-08', 1)).toBe('2027-01-11');

    const admin = await t.as('admin');
    const res = await admin.request<YearBody>('PUT', '/api/v1/calendar/years/2027', {
      body: { days: ARRANGEMENT_2027 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2027, known: true, source: 'admin' });
    expect(res.body.days.map((d) => d.day)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-09']);

    // Now 1 Jan is a holiday and 2–3 Jan rest: 31 Dec + 1 = Mon 4 Jan; Fri 8 Jan + 1 = Sat 9 Jan (make-up).
    expect(await due('2026-12-31', 1)).toBe('2027-01-04');
    expect(await due('2027-01-08', 1)).toBe('2027-01-09');
    const read = await t.anon().get<YearBody>('/api/v1/calendar/years/2027');
    expect(read.body).toEqual(res.body);

    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'calendar.year.replace'), eq(auditLog.entityId, '2027')));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.actorRole).toBe('platform_admin');
    expect(audits[0]?.actorId).toBe(admin.user?.id);
    expect(audits[0]?.detail).toMatchObject({
      before: [],
      after: [{ day: '2027-01-01' }, { day: '2027-01-02' }, { day: '2027-01-03' }, { day: '2027-01-09' }],
    });

    const status = await t.anon().get<{ knownYears: number[] }>('/api/v1/calendar/status');
    expect(status.body.knownYears.at(-1)).toBe(2027);
  });

  it('corrects a chinese-days year, and a later seed leaves the correction alone', async () => {
    const admin = await t.as('admin');
    const before = await t.anon().get<YearBody>('/api/v1/calendar/years/2026');
    // Keep everything but make Mon 5 Oct 2026 (a National Day holiday) an ordinary day.
    const days = before.body.days.filter((d) => d.day !== '2026-10-05');
    expect(days).toHaveLength(before.body.days.length - 1);
    const res = await admin.request<YearBody>('PUT', '/api/v1/calendar/years/2026', { body: { days } });
    expect(res.body).toMatchObject({ known: true, source: 'admin' });
    // Wed 30 Sep + 1: Oct 1–4 rest, Mon 5 now works.
    expect(await due('2026-09-30', 1)).toBe('2026-10-05');

    expect(await seedCalendar(t.database.db)).toEqual({ yearsAdded: [] });
    const after = await t.anon().get<YearBody>('/api/v1/calendar/years/2026');
    expect(after.body.source).toBe('admin');
    expect(after.body.days.some((d) => d.day === '2026-10-05')).toBe(false);
  });

  it('refuses a bad arrangement with the field at fault, and writes nothing', async () => {
    const admin = await t.as('admin');
    const res = await admin.request<ErrorBody>('PUT', '/api/v1/calendar/years/2028', {
      body: {
        days: [
          { day: '2029-01-01', kind: 'holiday', name: '元旦' }, // not in 2028
          { day: '2028-01-04', kind: 'workday', name: '' }, // a Tuesday: already a workday
          { day: '2028-01-01', kind: 'holiday', name: '  ' }, // no name
          { day: '2028-01-01', kind: 'holiday', name: '元旦' }, // twice
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d) => [d.field, d.code])).toEqual([
      ['days.0.day', 'CALENDAR_DAY_OUTSIDE_YEAR'],
      ['days.1.day', 'CALENDAR_WORKDAY_NOT_WEEKEND'],
      ['days.2.name', 'CALENDAR_NAME_REQUIRED'],
      ['days.3.day', 'CALENDAR_DAY_DUPLICATE'],
    ]);
    const bad = await admin.request<ErrorBody>('PUT', '/api/v1/calendar/years/2028', {
      body: { days: [{ day: '2028-02-30', kind: 'holiday', name: 'x' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d) => d.field)).toEqual(['days.0.day']);
    const kind = await admin.request<ErrorBody>('PUT', '/api/v1/calendar/years/2028', {
      body: { days: [{ day: '2028-01-01', kind: 'rest', name: 'x' }] },
    });
    expect(kind.body.details.map((d) => d.field)).toEqual(['days.0.kind']);

    const read = await t.anon().get<YearBody>('/api/v1/calendar/years/2028');
    expect(read.body).toMatchObject({ known: false, days: [] });
  });

  it('lets no one else write: 401 anonymous, 403 for a center admin', async () => {
    const body = { days: [] };
    expect((await t.anon().request('PUT', '/api/v1/calendar/years/2029', { body })).status).toBe(401);
    const centerAdmin = await t.as('center_admin');
    const res = await centerAdmin.request<ErrorBody>('PUT', '/api/v1/calendar/years/2029', { body });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN_ROLE');
  });
});

describe('the in-memory calendar', () => {
  it('picks up another process’s edit on its next check, not before', async () => {
    const db = t.database.db;
    // Thu 25 Feb 2027 + 1 = Fri 26 Feb (2027 has only New Year in this test).
    expect(await due('2027-02-25', 1)).toBe('2027-02-26');
    // Another process makes Fri 26 Feb a holiday, straight in the table.
    await t.database.superSql(
      `insert into calendar_days (day, kind, name) values ('2027-02-26', 'holiday', '测试')`,
    );
    // Within the re-check interval this process still answers from memory…
    expect(await due('2027-02-25', 1)).toBe('2027-02-26');
    // …and once it checks, it sees the change (Fri 26 rests, so Mon 1 Mar).
    const calendar = await getWorkCalendar(db, { maxAgeMs: 0 });
    expect(calendar.addWorkingDays('2027-02-25', 1)).toBe('2027-03-01');
    expect(await due('2027-02-25', 1)).toBe('2027-03-01');
    // A check that finds nothing new keeps the same calendar object.
    expect(await getWorkCalendar(db, { maxAgeMs: 0 })).toBe(calendar);
  });
});
