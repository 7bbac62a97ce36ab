import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../shared/cases.contract';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import {
  actOk,
  at,
  departmentId,
  promisedItem,
  publish,
  signInAll,
  submitOnline,
  takeIn,
} from '../../../tests/fixtures/cases';

let t: TestApp;
let admin: Client;
let citizen: Client;
let clerk: Client;
let reviewer: Client;
let implCode: string;
const ids: Record<'a' | 'b' | 'c' | 'd' | 'e', string> = { a: '', b: '', c: '', d: '', e: '' };

beforeAll(async () => {
  t = await createTestApp();
  [admin, citizen, clerk, reviewer] = await signInAll(t, 'admin', 'citizen', 'clerk', 'reviewer');
  implCode = await publish(admin, promisedItem('601'));
  // Promised 10 working days each.
  at(t, '2025-09-24');
  ids.a = (await takeIn(clerk, implCode)).id; // due 25, 26, 28, 29, 30 Sep, 9, 10, 11, 13, 14 Oct → 10-14
  at(t, '2025-09-24', '11:00:00');
  const e = await takeIn(clerk, implCode); // same clock as a, then a hearing from 10-09
  ids.e = e.id;
  at(t, '2025-10-09');
  ids.b = (await takeIn(clerk, implCode)).id; // 10, 11, 13, 14, 15, 16, 17, 20, 21, 22 → 10-22
  const hearing = await actOk(reviewer, e.id, {
    action: 'start_special',
    version: e.version,
    kind: 'hearing',
    opinion: '听证',
  });
  expect(hearing.status).toBe('special_procedure');
  at(t, '2025-10-13');
  ids.c = (await takeIn(clerk, implCode)).id; // 14, 15, 16, 17, 20, 21, 22, 23, 24, 27 → 10-27
  ids.d = (await submitOnline(t, citizen, implCode)).id; // not accepted: no clock
});
afterAll(() => t.close());

type Page = { items: CaseSummary[]; total: number };
const queue = async (query: string) => {
  const res = await reviewer.get<Page>(`/api/v1/cases?item=${implCode}&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const nameOf = (c: CaseSummary): string => Object.entries(ids).find(([, id]) => id === c.id)?.[0] ?? c.id;
const names = (page: Page) => page.items.map(nameOf);
const byName = (page: Page): Record<string, CaseSummary> =>
  Object.fromEntries(page.items.map((c) => [nameOf(c), c]));

describe('the work queue', () => {
  it('sorts by promised due date, undated last, and shows remaining days and lights (on 2025-10-14)', async () => {
    at(t, '2025-10-14');
    const page = await queue('sort=due');
    expect(names(page)).toEqual(['a', 'e', 'b', 'c', 'd']);
    const view = byName(page);
    // a: due today, 0 left → yellow (≤ 1 day). b: used 10, 11, 13, 14 = 4 → 6 left, green.
    // c: used 14 = 1 → 9 left. e: paused since 10-09: used 25, 26, 28, 29, 30 Sep, 9 Oct = 6, 4 left,
    // green; its due date moves with the pause: 10, 11, 13, 14 Oct paused → 15, 16, 17, 20 → 10-20.
    expect(view.a).toMatchObject({ promisedDue: '2025-10-14', remainingDays: 0, light: 'yellow' });
    expect(view.b).toMatchObject({ promisedDue: '2025-10-22', remainingDays: 6, light: 'green' });
    expect(view.c).toMatchObject({ promisedDue: '2025-10-27', remainingDays: 9, light: 'green' });
    expect(view.e).toMatchObject({
      status: 'special_procedure',
      promisedDue: '2025-10-20',
      remainingDays: 4,
      light: 'green',
    });
    expect(view.d).toMatchObject({
      status: 'submitted',
      promisedDue: null,
      remainingDays: null,
      light: null,
    });
    expect(names(await queue('sort=-due'))).toEqual(['c', 'b', 'e', 'a', 'd']);
  });

  it('filters by light and overdue in SQL, consistent with the lights shown (on 2025-10-20)', async () => {
    at(t, '2025-10-20');
    // a: 14 working days used of 10 → −4, red. b: used 10, 11, 13–17, 20 = 8 → 2 left = 20% → yellow.
    // c: used 14–17, 20 = 5 → 5 left, green. e: still paused with 4 left → green (due now 10-24).
    const all = await queue('sort=due');
    const light = Object.fromEntries(all.items.map((c) => [nameOf(c), [c.remainingDays, c.light]]));
    expect(light).toEqual({
      a: [-4, 'red'],
      b: [2, 'yellow'],
      c: [5, 'green'],
      e: [4, 'green'],
      d: [null, null],
    });
    expect(names(await queue('light=red'))).toEqual(['a']);
    expect(names(await queue('overdue=true'))).toEqual(['a']);
    expect(names(await queue('light=yellow'))).toEqual(['b']);
    // The paused case is filtered by its light on the day its clock stopped, which a pause keeps.
    expect(names(await queue('light=green'))).toEqual(['e', 'c']);
    expect(names(await queue('status=submitted'))).toEqual(['d']);
  });

  it('filters by department, and pages', async () => {
    at(t, '2025-10-20');
    const market = await departmentId(t, '330703', 'market');
    const health = await departmentId(t, '330703', 'health');
    expect((await queue(`department=${market}`)).total).toBe(5);
    expect((await queue(`department=${health}`)).total).toBe(0);
    const second = await queue('sort=due&pageSize=2&page=2');
    expect(second.total).toBe(5);
    expect(names(second)).toEqual(['b', 'c']);
  });

  it('refuses a bad filter at its field', async () => {
    const res = await reviewer.get('/api/v1/cases?light=purple');
    expect(res.status).toBe(400);
    expect(res.body.details?.[0]).toMatchObject({ field: 'light', in: 'querystring' });
  });
});

describe('the center admin', () => {
  it('sees the overdue cases of every department of the county and reassigns one to another department', async () => {
    at(t, '2025-10-20');
    const [centerAdmin] = await signInAll(t, 'center_admin');
    const overdue = await centerAdmin.get<Page>(`/api/v1/cases?item=${implCode}&open=true&overdue=true`);
    expect(overdue.status).toBe(200);
    expect(names(overdue.body)).toEqual(['a']);
    const counts = await Promise.all(
      (['green', 'yellow', 'red'] as const).map(
        async (light) =>
          (await centerAdmin.get<Page>(`/api/v1/cases?item=${implCode}&open=true&light=${light}`)).body.total,
      ),
    );
    expect(counts).toEqual([2, 1, 1]);

    // The overdue case was routed to the wrong department: the center admin hands it to 卫健.
    const health = await departmentId(t, '330703', 'health');
    const a = overdue.body.items[0]!;
    const moved = await actOk(centerAdmin, a.id, {
      action: 'transfer',
      version: a.version,
      departmentId: health,
      opinion: '属卫生健康部门职责，改派',
    });
    expect(moved.departmentId).toBe(health);
    expect(names(await queue('overdue=true'))).toEqual([]);
    // A center admin decides nothing: approving is the department's.
    const approve = await centerAdmin.post<{ code: string }>(`/api/v1/cases/${a.id}/actions`, {
      action: 'approve',
      version: moved.version,
    });
    expect(approve.status).toBe(403);
    expect(approve.body.code).toBe('CASE_ACTOR_NOT_ALLOWED');
  });
});
