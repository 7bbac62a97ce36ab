import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assignable, CaseSummary } from '../../shared/cases.contract';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import {
  actOk,
  at,
  departmentId,
  detail,
  promisedItem,
  publish,
  signInAll,
  staff,
  submitOnline,
  takeIn,
} from '../../../tests/fixtures/cases';
import { auditLog } from '../audit/audit.tables';

let t: TestApp;
let admin: Client;
let citizen: Client;
let clerk: Client;
let reviewer: Client;
let second: Client;
let outsider: Client;
let deptAdmin: Client;
let implCode: string;

type Answer = CaseSummary & { code?: string; details?: { code?: string; field?: string }[] };
const assign = (client: Client, c: { id: string; version: number }, to: string | null) =>
  client.post<Answer>(`/api/v1/cases/${c.id}/assignee`, { assigneeAccountId: to, version: c.version });
const idOf = (client: Client) => client.user?.id ?? '';

beforeAll(async () => {
  t = await createTestApp();
  [admin, citizen, clerk, reviewer, outsider, deptAdmin] = await signInAll(
    t,
    'admin',
    'citizen',
    'clerk',
    'reviewer',
    'reviewer_wucheng',
    'dept_admin',
  );
  // The demo has one reviewer in 金东区市场监督管理局; a second one shows who may take what.
  second = await staff(t, admin, {
    username: 'reviewer_b',
    role: 'reviewer',
    regionCode: '330703',
    departmentId: await departmentId(t, '330703', 'market'),
  });
  implCode = await publish(admin, promisedItem('701'));
  at(t, '2025-09-24');
});
afterAll(() => t.close());

describe('the handler of a case (经办人)', () => {
  it('a reviewer claims an unassigned case; a colleague cannot take it, nor another county', async () => {
    const c = await takeIn(clerk, implCode);
    expect(c).toMatchObject({ assigneeAccountId: null, assigneeName: null });
    expect((await detail(reviewer, c.id)).assignOptions).toEqual(['claim']);
    const claimed = await assign(reviewer, c, idOf(reviewer));
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
    expect(claimed.body).toMatchObject({
      assigneeAccountId: idOf(reviewer),
      assigneeName: '王建国',
      version: c.version + 1,
    });
    expect(await detail(second, c.id)).toMatchObject({ assigneeName: '王建国', assignOptions: [] });
    expect((await detail(reviewer, c.id)).assignOptions).toEqual(['release']);
    expect((await detail(deptAdmin, c.id)).assignOptions).toEqual(['assign']);

    const taken = await assign(second, claimed.body, idOf(second));
    expect(taken.status).toBe(403);
    expect(taken.body).toMatchObject({
      code: 'CASE_ACTOR_NOT_ALLOWED',
      details: [{ code: 'ASSIGN_NOT_ALLOWED' }],
    });
    // Releasing is for the handler alone.
    expect((await assign(second, claimed.body, null)).status).toBe(403);
    // 婺城区's reviewer does not see a 金东区 case at all.
    expect((await assign(outsider, claimed.body, idOf(outsider))).status).toBe(404);

    const released = await assign(reviewer, claimed.body, null);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ assigneeAccountId: null, version: c.version + 2 });
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.assign'), eq(auditLog.entityId, c.id)))
      .orderBy(auditLog.seq);
    expect(rows.map((r) => [r.actorId, r.detail.from, r.detail.to])).toEqual([
      [idOf(reviewer), null, idOf(reviewer)],
      [idOf(reviewer), idOf(reviewer), null],
    ]);
  });

  it('the department admin assigns any active reviewer of it, and only one', async () => {
    const c = await takeIn(clerk, implCode);
    const choices = await deptAdmin.get<Assignable>(`/api/v1/cases/${c.id}/assignable`);
    expect(choices.status).toBe(200);
    expect(choices.body.map((r) => r.id).sort()).toEqual([idOf(reviewer), idOf(second)].sort());
    expect((await reviewer.get(`/api/v1/cases/${c.id}/assignable`)).status).toBe(403);

    for (const wrong of [idOf(clerk), idOf(deptAdmin), idOf(outsider)]) {
      const res = await assign(deptAdmin, c, wrong);
      expect(res.status).toBe(400);
      expect(res.body.details?.[0]).toMatchObject({
        field: 'assigneeAccountId',
        code: 'ASSIGNEE_NOT_REVIEWER',
      });
    }
    const assigned = await assign(deptAdmin, c, idOf(second));
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ assigneeAccountId: idOf(second), assigneeName: 'reviewer_b' });
    // The admin may move it from one reviewer to another; a reviewer may not assign a colleague.
    const moved = await assign(deptAdmin, assigned.body, idOf(reviewer));
    expect(moved.body).toMatchObject({ assigneeAccountId: idOf(reviewer) });
    expect((await assign(reviewer, moved.body, idOf(second))).status).toBe(403);
    // The county's center admin may clear it; the supervisor, who oversees, may not.
    const supervisor = await t.as('supervisor');
    expect((await assign(supervisor, moved.body, null)).status).toBe(403);
    const center = await t.as('center_admin');
    expect((await detail(center, c.id)).assignOptions).toEqual(['assign']);
    expect((await assign(center, moved.body, null)).body).toMatchObject({ assigneeAccountId: null });
  });

  it('a stale version is refused, and nothing changes', async () => {
    const c = await takeIn(clerk, implCode);
    expect((await assign(reviewer, c, idOf(reviewer))).status).toBe(200);
    const stale = await assign(deptAdmin, c, idOf(second));
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CASE_VERSION_CONFLICT');
    expect(await detail(reviewer, c.id)).toMatchObject({
      assigneeAccountId: idOf(reviewer),
      version: c.version + 1,
    });
  });

  it('a transfer to another department clears the handler', async () => {
    const c = await takeIn(clerk, implCode);
    const claimed = (await assign(reviewer, c, idOf(reviewer))).body;
    const moved = await actOk(reviewer, c.id, {
      action: 'transfer',
      version: claimed.version,
      departmentId: await departmentId(t, '330703', 'health'),
      opinion: '本事项应由卫生健康局办理',
    });
    expect(moved).toMatchObject({ assigneeAccountId: null, assigneeName: null });
  });

  it('a step acted on by another department clears the handler; a step in the same one keeps it', async () => {
    const health = await staff(t, admin, {
      username: 'health_reviewer',
      role: 'reviewer',
      regionCode: '330703',
      departmentId: await departmentId(t, '330703', 'health'),
    });
    const steps = {
      steps: [
        { key: 'review', name: '审查', role: 'reviewer' as const, limitDays: 4 },
        { key: 'check', name: '复核', role: 'reviewer' as const, limitDays: 2 },
        { key: 'site', name: '现场核查', role: 'reviewer' as const, departmentKey: 'health', limitDays: 2 },
        { key: 'decide', name: '决定', role: 'reviewer' as const, limitDays: 2 },
      ],
      specialProcedures: [],
    };
    const c = await takeIn(clerk, await publish(admin, promisedItem('703', { process: steps })));
    const claimed = (await assign(reviewer, c, idOf(reviewer))).body;
    const check = await actOk(reviewer, c.id, { action: 'complete_step', version: claimed.version });
    expect(check).toMatchObject({ currentStep: { key: 'check' }, assigneeAccountId: idOf(reviewer) });
    const site = await actOk(reviewer, c.id, { action: 'complete_step', version: check.version });
    expect(site).toMatchObject({ currentStep: { key: 'site' }, assigneeAccountId: null });
    // Health's reviewer may claim it there.
    expect((await assign(health, site, idOf(health))).status).toBe(200);
  });

  it('a closed case takes no handler', async () => {
    const c = await submitOnline(t, citizen, implCode);
    const withdrawn = await actOk(citizen, c.id, { action: 'withdraw', version: c.version });
    const res = await assign(reviewer, withdrawn, idOf(reviewer));
    expect(res.status).toBe(409);
    expect(res.body.details?.[0]?.code).toBe('ASSIGN_CASE_CLOSED');
    expect((await detail(deptAdmin, c.id)).assignOptions).toEqual([]);
  });

  it('the queue filters by handler: mine, or nobody’s', async () => {
    const own = await publish(admin, promisedItem('702'));
    const [a, b, none] = [await takeIn(clerk, own), await takeIn(clerk, own), await takeIn(clerk, own)];
    await assign(reviewer, a, idOf(reviewer));
    await assign(deptAdmin, b, idOf(second));
    const ids = async (client: Client, assignee: string) => {
      const res = await client.get<{ items: CaseSummary[]; total: number }>(
        `/api/v1/cases?item=${own}&assignee=${assignee}`,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return { total: res.body.total, ids: res.body.items.map((i) => i.id) };
    };
    expect(await ids(reviewer, 'me')).toEqual({ total: 1, ids: [a.id] });
    expect(await ids(second, 'me')).toEqual({ total: 1, ids: [b.id] });
    expect(await ids(reviewer, 'none')).toEqual({ total: 1, ids: [none.id] });
    expect((await reviewer.get(`/api/v1/cases?assignee=someone`)).status).toBe(400);
  });
});
