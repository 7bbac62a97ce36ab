import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../shared/cases.contract';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import {
  act,
  actOk,
  at,
  departmentId,
  detail,
  promisedItem,
  publish,
  staff,
  takeIn,
  signInAll,
} from '../../../tests/fixtures/cases';
import { caseOutbox, cases } from './cases.tables';

let t: TestApp;
let admin: Client;
let clerk: Client;
let reviewer: Client;
let health: Client;
let implCode: string;

/** 审查 (market) → 现场核查 (health) → 决定 (market); hearings and expert reviews allowed. */
const PROCESS = {
  steps: [
    { key: 'review', name: '审查', role: 'reviewer' as const, limitDays: 4 },
    { key: 'site', name: '现场核查', role: 'reviewer' as const, departmentKey: 'health', limitDays: 2 },
    { key: 'decide', name: '决定', role: 'reviewer' as const, limitDays: 4 },
  ],
  specialProcedures: ['hearing' as const, 'expert' as const],
};

beforeAll(async () => {
  t = await createTestApp();
  [admin, clerk, reviewer] = await signInAll(t, 'admin', 'clerk', 'reviewer');
  health = await staff(t, admin, {
    username: 'health_reviewer',
    role: 'reviewer',
    regionCode: '330703',
    departmentId: await departmentId(t, '330703', 'health'),
  });
  implCode = await publish(admin, promisedItem('301', { process: PROCESS }));
});
afterAll(() => t.close());

describe('steps of the process, each acted on by its own department', () => {
  it('walks review → site (another department) → decide, with a return, and decides at the last step', async () => {
    at(t, '2025-09-24');
    let c: CaseSummary = await takeIn(clerk, implCode);
    // Accepted Wed 09-24. Promised 10: 25, 26, 28 (make-up), 29, 30 Sep, 9, 10, 11 (make-up), 13, 14 Oct.
    // Statutory 20: then 15, 16, 17, 20, 21, 22, 23, 24, 27, 28 Oct.
    expect(c).toMatchObject({ promisedDue: '2025-10-14', statutoryDue: '2025-10-28' });
    expect(c.currentStep).toMatchObject({ key: 'review', name: '审查' });

    at(t, '2025-09-25');
    c = await actOk(reviewer, c.id, {
      action: 'complete_step',
      version: c.version,
      opinion: '材料齐全，转现场核查',
    });
    expect(c).toMatchObject({ status: 'in_review', currentStep: { key: 'site', name: '现场核查' } });
    // The market reviewer still sees the case (its department's) but the step is health's.
    const notTheirs = await act(reviewer, c.id, { action: 'complete_step', version: c.version });
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.body.code).toBe('CASE_ACTOR_NOT_ALLOWED');
    c = await actOk(health, c.id, { action: 'complete_step', version: c.version, opinion: '现场核查合格' });
    expect(c.currentStep?.key).toBe('decide');
    // Health's part is done and the case is not health's: it no longer sees it.
    expect((await health.get(`/api/v1/cases/${c.id}`)).status).toBe(404);

    const wrongStep = await act(reviewer, c.id, {
      action: 'return_to_step',
      version: c.version,
      stepKey: 'nope',
      opinion: 'x',
    });
    expect(wrongStep.body.details?.[0]).toMatchObject({ field: 'stepKey', code: 'STEP_UNKNOWN' });
    c = await actOk(reviewer, c.id, {
      action: 'return_to_step',
      version: c.version,
      stepKey: 'site',
      opinion: '核查记录缺少照片，退回重新核查',
    });
    expect(c.currentStep?.key).toBe('site');
    c = await actOk(health, c.id, { action: 'complete_step', version: c.version, opinion: '已补拍照片' });
    // At the last step the reviewer decides.
    c = await actOk(reviewer, c.id, { action: 'approve', version: c.version, opinion: '准予许可' });
    expect(c.status).toBe('approved');
    const full = await detail(reviewer, c.id);
    expect(full.timeline.map((a) => [a.action, a.stepKey])).toEqual([
      ['submit', null],
      ['accept', 'review'],
      ['complete_step', 'review'],
      ['complete_step', 'site'],
      ['return_to_step', 'decide'],
      ['complete_step', 'site'],
      ['approve', 'decide'],
    ]);
    expect(full.steps.map((s) => [s.key, s.departmentName, s.state])).toEqual([
      ['review', '金东区市场监督管理局', 'done'],
      ['site', '金东区卫生健康局', 'done'],
      ['decide', '金东区市场监督管理局', 'done'],
    ]);
  });

  it('special procedures stop the clock; the due date moves by the paused working days', async () => {
    at(t, '2025-09-24');
    let c = await takeIn(clerk, implCode);
    at(t, '2025-09-25');
    c = await actOk(reviewer, c.id, { action: 'complete_step', version: c.version });
    c = await actOk(health, c.id, { action: 'complete_step', version: c.version });

    at(t, '2025-09-26');
    const auction = await act(reviewer, c.id, {
      action: 'start_special',
      version: c.version,
      kind: 'auction',
      opinion: '拍卖',
    });
    expect(auction.status).toBe(409);
    expect(auction.body.details?.[0]?.code).toBe('CASE_SPECIAL_NOT_ALLOWED');
    c = await actOk(reviewer, c.id, {
      action: 'start_special',
      version: c.version,
      kind: 'hearing',
      opinion: '利害关系人申请听证',
    });
    expect(c.status).toBe('special_procedure');
    let [row] = await t.database.db.select().from(cases).where(eq(cases.id, c.id));
    // Stored as of the day the clock stopped: nothing paused yet, the due date is still 10-14.
    expect(row).toMatchObject({
      promisedDue: '2025-10-14',
      clockStoppedOn: '2025-09-26',
      resumeStatus: 'in_review',
    });

    at(t, '2025-10-10');
    c = await actOk(reviewer, c.id, { action: 'end_special', version: c.version, opinion: '听证结束' });
    // Paused (26 Sep, 10 Oct]: 28 (make-up), 29, 30 Sep, 9, 10 Oct = 5 working days.
    // Promised 10 + 5 = 15 after 09-24: …14 Oct (10), 15, 16, 17, 20, 21 → 2025-10-21.
    // Statutory 20 + 5 = 25: …28 Oct (20), 29, 30, 31 Oct, 3, 4 Nov → 2025-11-04.
    expect(c).toMatchObject({ status: 'in_review', promisedDue: '2025-10-21', statutoryDue: '2025-11-04' });
    [row] = await t.database.db.select().from(cases).where(eq(cases.id, c.id));
    expect(row).toMatchObject({
      promisedDue: '2025-10-21',
      statutoryDue: '2025-11-04',
      clockStoppedOn: null,
    });

    at(t, '2025-10-13');
    const tooLong = await act(reviewer, c.id, {
      action: 'extend',
      version: c.version,
      days: 11,
      approver: '局长 陈志远',
      opinion: '案情复杂',
    });
    expect(tooLong.status).toBe(409);
    expect(tooLong.body.details?.[0]?.code).toBe('CASE_EXTENSION_TOO_LONG');
    c = await actOk(reviewer, c.id, {
      action: 'extend',
      version: c.version,
      days: 10,
      approver: '局长 陈志远',
      opinion: '案情复杂，经本机关负责人批准延长十日',
    });
    // Statutory 20 + 10 + 5 paused = 35 after 09-24: …4 Nov (25), 5, 6, 7, 10, 11, 12, 13, 14, 17, 18 Nov.
    // Promised 10 + 10 + 5 = 25 → 2025-11-04.
    expect(c).toMatchObject({ statutoryDue: '2025-11-18', promisedDue: '2025-11-04' });
    const once = await act(reviewer, c.id, {
      action: 'extend',
      version: c.version,
      days: 1,
      approver: '局长',
      opinion: '再延',
    });
    expect(once.body.details?.[0]?.code).toBe('CASE_EXTENSION_USED');
    let full = await detail(reviewer, c.id);
    // Used on 10-13: 25, 26, 28, 29, 30 Sep, 9, 10, 11, 13 Oct = 9, less 5 paused = 4; 20 − 4 = 16 left.
    expect(full.clocks?.promised).toMatchObject({
      limitDays: 10,
      extensionDays: 10,
      usedDays: 4,
      remainingDays: 16,
    });
    expect(full.timeline.at(-1)?.detail).toEqual({ days: 10, approver: '局长 陈志远' });

    at(t, '2025-10-14');
    c = await actOk(reviewer, c.id, { action: 'approve', version: c.version, opinion: '准予许可' });
    full = await detail(reviewer, c.id);
    expect(full).toMatchObject({ status: 'approved', decision: 'approved', decidedDay: '2025-10-14' });
    expect(full.clocks?.promised.outcome).toBe('early');
    expect(full.clocks?.statutory.outcome).toBe('early');

    at(t, '2025-10-15');
    const noTracking = await act(clerk, c.id, { action: 'deliver', version: c.version, method: 'post' });
    expect(noTracking.body.details?.[0]).toMatchObject({ field: 'trackingNo', code: 'TRACKING_NO_REQUIRED' });
    c = await actOk(clerk, c.id, {
      action: 'deliver',
      version: c.version,
      method: 'post',
      trackingNo: 'SF1234567890',
    });
    full = await detail(clerk, c.id);
    expect(full.delivery).toMatchObject({ method: 'post', trackingNo: 'SF1234567890' });
    const events = await t.database.db.select().from(caseOutbox).where(eq(caseOutbox.caseId, c.id));
    expect(events.map((e) => e.eventType)).toEqual([
      'case.submitted',
      'case.accepted',
      'case.step_completed',
      'case.step_completed',
      'case.special_started',
      'case.special_ended',
      'case.extended',
      'case.decided',
      'case.delivered',
    ]);
  });

  it('approve and deny only at the last step; deny needs its reason', async () => {
    at(t, '2025-09-24');
    let c = await takeIn(clerk, implCode);
    const tooEarly = await act(reviewer, c.id, { action: 'approve', version: c.version });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.details?.[0]?.code).toBe('CASE_NOT_LAST_STEP');
    c = await actOk(reviewer, c.id, { action: 'complete_step', version: c.version });
    c = await actOk(health, c.id, { action: 'complete_step', version: c.version });
    const noReason = await act(reviewer, c.id, { action: 'deny', version: c.version });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details?.[0]).toMatchObject({ field: 'opinion' });
    c = await actOk(reviewer, c.id, {
      action: 'deny',
      version: c.version,
      opinion: '经营场所不符合食品安全要求',
    });
    expect(c.status).toBe('denied');
  });

  it('transfer: a reviewer hands a misrouted case to another department of the region, with a reason', async () => {
    at(t, '2025-09-24');
    const c = await takeIn(clerk, implCode);
    const elsewhere = await act(reviewer, c.id, {
      action: 'transfer',
      version: c.version,
      departmentId: await departmentId(t, '330702', 'health'),
      opinion: '转婺城区',
    });
    expect(elsewhere.body.details?.[0]).toMatchObject({ field: 'departmentId', code: 'TRANSFER_TARGET' });
    const moved = await actOk(reviewer, c.id, {
      action: 'transfer',
      version: c.version,
      departmentId: await departmentId(t, '330703', 'health'),
      opinion: '本事项应由卫生健康局办理',
    });
    // The step without a department of its own now acts in the new department.
    expect(moved).toMatchObject({ departmentName: '金东区卫生健康局', currentStep: { key: 'review' } });
    expect((await reviewer.get(`/api/v1/cases/${c.id}`)).status).toBe(404);
    await actOk(health, c.id, { action: 'complete_step', version: moved.version });
  });
});
