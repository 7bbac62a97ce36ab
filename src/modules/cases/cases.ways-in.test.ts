import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../shared/cases.contract';
import { makeIdNumber } from '../../shared/identity';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import {
  actOk,
  at,
  departmentId,
  detail,
  HOT_SELF,
  promisedItem,
  publish,
  RECEIVED_AT_WINDOW,
  takeIn,
  uploadedMaterials,
  WALK_IN,
  signInAll,
  staff,
} from '../../../tests/fixtures/cases';
import { auditLog } from '../audit/audit.tables';
import { catalogItems } from '../catalog/catalog.tables';
import { windows } from '../org/org.tables';
import { caseOutbox, cases } from './cases.tables';

let t: TestApp;
let admin: Client;
let citizen: Client;
let clerk: Client;
let reviewer: Client;
let agent: Client;
let implCode: string;
const CITIZEN_ID = makeIdNumber('33070319850312022');

beforeAll(async () => {
  t = await createTestApp();
  [admin, citizen, clerk, reviewer, agent] = await signInAll(
    t,
    'admin',
    'citizen',
    'clerk',
    'reviewer',
    'agent',
  );
  implCode = await publish(admin, promisedItem('101'));
});
afterAll(() => t.close());

describe('online (一网通办): draft, submit, pre-review', () => {
  it('saves a draft, edits it, submits it, and the department reviewer accepts it the next day', async () => {
    at(t, '2025-09-22');
    const draft = await citizen.post<CaseSummary>('/api/v1/cases', {
      implCode,
      answers: { category: 'hot' },
    });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      caseNo: null,
      channel: 'online',
      applicantName: '张晓梅',
    });
    // Staff never see a draft.
    expect((await reviewer.get(`/api/v1/cases/${draft.body.id}`)).status).toBe(404);

    const materials = await uploadedMaterials(t, citizen);
    const updated = await citizen.request<CaseSummary>('PUT', `/api/v1/cases/${draft.body.id}`, {
      body: { version: draft.body.version, answers: HOT_SELF, materials },
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.version).toBe(draft.body.version + 1);

    const submitted = await citizen.post<CaseSummary>(`/api/v1/cases/${draft.body.id}/submit`, {
      version: updated.body.version,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    // implCode + the day of receipt + the first serial of that item on that day.
    expect(submitted.body).toMatchObject({ status: 'submitted', caseNo: `${implCode}202509220001` });

    at(t, '2025-09-23');
    const accepted = await actOk(reviewer, draft.body.id, {
      action: 'accept',
      version: submitted.body.version,
    });
    // Accepted 2025-09-23 (Tue), not counted. Promised 10 working days: 24, 25, 26, 28 (Sunday,
    // a National Day make-up workday), 29, 30 Sep, then 1–8 Oct are holidays, 9, 10, 11 (Saturday,
    // make-up), 13 Oct → 2025-10-13. Statutory 20: 14, 15, 16, 17, 20, 21, 22, 23, 24, 27 → 2025-10-27.
    expect(accepted).toMatchObject({
      status: 'accepted',
      acceptedDay: '2025-09-23',
      promisedDue: '2025-10-13',
      statutoryDue: '2025-10-27',
      remainingDays: 10,
      light: 'green',
      currentStep: { key: 'review', name: '审查' },
    });

    const full = await detail(citizen, draft.body.id);
    expect(full.timeline.map((a) => [a.action, a.fromStatus, a.toStatus])).toEqual([
      ['submit', 'draft', 'submitted'],
      ['accept', 'submitted', 'accepted'],
    ]);
    expect(full.timeline[1]?.actorName).toBe('王建国');
    expect(full.materials.map((m) => [m.key, m.status])).toEqual([
      ['application', 'received'],
      ['business_license', 'received'],
    ]);
    // The default process: 审查 (5 days) → 决定 (5 days), both in the item's department.
    expect(full.steps.map((s) => [s.key, s.limitDays, s.state, s.departmentName])).toEqual([
      ['review', 5, 'current', '金东区市场监督管理局'],
      ['decide', 5, 'pending', '金东区市场监督管理局'],
    ]);
    expect(full.applicant.idNumber).toBe(CITIZEN_ID);
    const events = await t.database.db.select().from(caseOutbox).where(eq(caseOutbox.caseId, draft.body.id));
    expect(events.map((e) => e.eventType)).toEqual(['case.submitted', 'case.accepted']);
  });

  it('refuses to submit an incomplete application: unanswered question, material not uploaded', async () => {
    at(t, '2025-09-22');
    const noAnswer = await citizen.post('/api/v1/cases', {
      implCode,
      answers: { category: 'hot' },
      submit: true,
    });
    expect(noAnswer.status).toBe(400);
    expect(noAnswer.body.details).toEqual([
      expect.objectContaining({ field: 'answers.applicant', code: 'ANSWER_REQUIRED' }),
    ]);
    const noFile = await citizen.post('/api/v1/cases', { implCode, answers: HOT_SELF, submit: true });
    expect(noFile.status).toBe(400);
    expect(noFile.body.details?.map((d) => [d.code, d.key])).toEqual([
      ['MATERIAL_MISSING', 'application'],
      ['MATERIAL_MISSING', 'business_license'],
    ]);
    const foreign = await citizen.post('/api/v1/cases', {
      implCode,
      answers: HOT_SELF,
      materials: [{ key: 'passport', status: 'missing' }],
    });
    expect(foreign.body.details?.[0]).toMatchObject({
      field: 'materials.0.key',
      code: 'MATERIAL_NOT_IN_CHECKLIST',
    });
  });

  it("refuses another account's uploads as materials", async () => {
    const clerksFile = (await uploadedMaterials(t, clerk))[0];
    const res = await citizen.post('/api/v1/cases', { implCode, answers: HOT_SELF, materials: [clerksFile] });
    expect(res.status).toBe(400);
    expect(res.body.details?.[0]).toMatchObject({ field: 'materials', code: 'FILE_UNKNOWN' });
  });
});

describe('general window (无差别全科受理)', () => {
  it('a clerk takes in an item of another department for a walk-in applicant and accepts on the spot', async () => {
    at(t, '2025-09-24', '15:30:00');
    const summary = await takeIn(clerk, implCode);
    // Accepted 2025-09-24: 25, 26, 28 (make-up), 29, 30 Sep, 9, 10, 11 (make-up), 13, 14 Oct.
    expect(summary).toMatchObject({
      status: 'accepted',
      channel: 'window',
      acceptedDay: '2025-09-24',
      promisedDue: '2025-10-14',
      applicantName: '刘建华',
      caseNo: `${implCode}202509240001`,
    });
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, summary.id));
    expect(row?.intakeAccountId).toBe(clerk.user?.id);
    expect(row?.applicantAccountId).toBeNull();
    // The reviewer of the item's department finds it in the queue.
    const queue = await reviewer.get<{ items: CaseSummary[] }>('/api/v1/cases?status=accepted');
    expect(queue.body.items.map((c) => c.id)).toContain(summary.id);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, summary.id), eq(auditLog.action, 'case.accept')));
    expect(audit).toHaveLength(1);
  });

  it('a dedicated window (专窗) takes in only its own department’s items; a general window any', async () => {
    at(t, '2025-09-24');
    const tax = await departmentId(t, '330703', 'tax');
    const [window] = await t.database.db
      .select()
      .from(windows)
      .where(and(eq(windows.kind, 'dedicated'), eq(windows.departmentId, tax)));
    if (!window) throw new Error('the demo county has a tax window');
    const taxClerk = await staff(t, admin, {
      username: 'clerk_tax_window',
      role: 'clerk',
      regionCode: '330703',
      centerId: window.centerId,
      windowId: window.id,
    });
    const refused = await taxClerk.post('/api/v1/cases/intake', {
      implCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      materials: RECEIVED_AT_WINDOW,
      decision: 'accept',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('INTAKE_DEDICATED_WINDOW');

    const taxItem = await publish(admin, promisedItem('109', { departmentKey: 'tax' }));
    const accepted = await takeIn(taxClerk, taxItem);
    expect(accepted.status).toBe('accepted');
  });

  it('links a walk-in applicant who has an account, so the case shows in their list and they are notified', async () => {
    at(t, '2025-09-24');
    const summary = await takeIn(clerk, implCode, {
      applicant: { kind: 'person', name: '张晓梅', idNumber: CITIZEN_ID },
    });
    const mine = await citizen.get<{ items: CaseSummary[] }>('/api/v1/cases/mine');
    expect(mine.body.items.map((c) => c.id)).toContain(summary.id);
    const inbox = await citizen.get<{ items: { caseId: string; title: string }[] }>('/api/v1/notifications');
    expect(inbox.body.items.filter((n) => n.caseId === summary.id).map((n) => n.title)).toEqual([
      '办件已受理：食品经营许可（测试101）',
      '办件已提交，待预审：食品经营许可（测试101）',
    ]);
  });

  it('a tolerated gap (容缺) needs a promise; a refusal needs its reason; a supplement notice lists what is missing', async () => {
    at(t, '2025-09-24');
    const tolerated = await clerk.post<CaseSummary>('/api/v1/cases/intake', {
      implCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      materials: [
        { key: 'application', status: 'received' },
        {
          key: 'business_license',
          status: 'tolerated',
          promise: { text: '三日内补交营业执照原件', due: '2025-09-29' },
        },
      ],
      decision: 'accept',
    });
    expect(tolerated.status, JSON.stringify(tolerated.body)).toBe(201);
    const full = await detail(clerk, tolerated.body.id);
    expect(full.materials[1]).toMatchObject({
      key: 'business_license',
      status: 'tolerated',
      promiseText: '三日内补交营业执照原件',
      promiseDue: '2025-09-29',
    });

    const noPromise = await clerk.post('/api/v1/cases/intake', {
      implCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      materials: [
        { key: 'application', status: 'received' },
        { key: 'business_license', status: 'tolerated' },
      ],
      decision: 'accept',
    });
    expect(noPromise.status).toBe(400);
    expect(noPromise.body.details?.[0]).toMatchObject({ field: 'materials.1.promise' });

    // The application form is a key material (关键材料): never tolerated, even with a promise.
    const keyTolerated = await clerk.post('/api/v1/cases/intake', {
      implCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      materials: [
        { key: 'application', status: 'tolerated', promise: { text: '明日补交', due: '2025-09-25' } },
        { key: 'business_license', status: 'received' },
      ],
      decision: 'accept',
    });
    expect(keyTolerated.status).toBe(400);
    expect(keyTolerated.body.details).toEqual([
      expect.objectContaining({ field: 'materials.0.status', code: 'MATERIAL_NOT_TOLERABLE' }),
    ]);

    const missing = await clerk.post('/api/v1/cases/intake', {
      implCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      materials: [{ key: 'application', status: 'received' }],
      decision: 'accept',
    });
    expect(missing.body.details?.[0]).toMatchObject({ code: 'MATERIAL_MISSING', key: 'business_license' });

    const refusal = await clerk.post('/api/v1/cases/intake', {
      implCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      materials: RECEIVED_AT_WINDOW,
      decision: 'refuse',
    });
    expect(refusal.body.details?.[0]).toMatchObject({ field: 'opinion', code: 'REASON_REQUIRED' });
    const refused = await clerk.post<CaseSummary>('/api/v1/cases/intake', {
      implCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      materials: RECEIVED_AT_WINDOW,
      decision: 'refuse',
      opinion: '申请事项不属于本机关职权范围',
    });
    expect(refused.body.status).toBe('refused');

    const notice = await clerk.post<CaseSummary>('/api/v1/cases/intake', {
      implCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      materials: [{ key: 'application', status: 'received' }],
      decision: 'supplement',
      opinion: '请补正以下材料',
    });
    expect(notice.status, JSON.stringify(notice.body)).toBe(201);
    expect(notice.body.status).toBe('supplement_requested');
    const noticed = await detail(clerk, notice.body.id);
    expect(noticed.timeline.at(-1)?.detail).toEqual({
      missing: [{ key: 'business_license', name: '营业执照', note: '' }],
    });
    expect(noticed.pauses).toEqual([
      { kind: 'supplement', from: '2025-09-24', to: null, reason: '请补正以下材料' },
    ]);
  });

  it('a clerk decides, never just files: decision "submit" is for agents', async () => {
    const res = await clerk.post('/api/v1/cases/intake', {
      implCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      materials: RECEIVED_AT_WINDOW,
      decision: 'submit',
    });
    expect(res.status).toBe(400);
    expect(res.body.details?.[0]).toMatchObject({ field: 'decision', code: 'WINDOW_DECIDES' });
  });

  it("refuses an item of a region the window does not serve: another county's (403)", async () => {
    const [other] = await t.database.db
      .select({ implCode: catalogItems.implCode })
      .from(catalogItems)
      .where(and(eq(catalogItems.regionCode, '330702'), isNotNull(catalogItems.publishedVersion)))
      .limit(1);
    const res = await clerk.post('/api/v1/cases/intake', {
      implCode: other?.implCode,
      applicant: WALK_IN,
      decision: 'accept',
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('OUT_OF_SCOPE');
  });

  it('refuses an invalid ID number at its field', async () => {
    const res = await clerk.post('/api/v1/cases/intake', {
      implCode,
      applicant: { ...WALK_IN, idNumber: '330703197001011230' },
      answers: HOT_SELF,
      decision: 'accept',
    });
    expect(res.status).toBe(400);
    expect(res.body.details?.[0]).toMatchObject({ field: 'applicant.idNumber', code: 'ID_CHECK_DIGIT' });
  });
});

describe('the API describes itself', () => {
  it('OpenAPI lists the case routes with their request bodies, generated from the Zod contract', async () => {
    const doc = await t.anon().get<{ paths: Record<string, Record<string, unknown>> }>('/openapi.json');
    const paths = doc.body.paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/cases',
        '/api/v1/cases/intake',
        '/api/v1/cases/mine',
        '/api/v1/cases/{id}',
        '/api/v1/cases/{id}/actions',
        '/api/v1/cases/{id}/submit',
        '/api/v1/cases/{id}/files/{fileId}',
        '/api/v1/notifications',
      ]),
    );
    const actions = JSON.stringify(paths['/api/v1/cases/{id}/actions']);
    for (const action of ['accept', 'request_supplement', 'start_special', 'extend', 'deliver', 'withdraw'])
      expect(actions).toContain(`"${action}"`);
    expect(JSON.stringify(paths['/api/v1/cases'])).toContain('idempotency-key');
  });
});

describe('agent (帮办代办)', () => {
  it('a village agent files for a resident; the case records both, goes to pre-review, and both see it', async () => {
    at(t, '2025-09-25');
    const res = await agent.post<CaseSummary>('/api/v1/cases/intake', {
      implCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      materials: await uploadedMaterials(t, agent),
      decision: 'submit',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'submitted', channel: 'agent', applicantName: '刘建华' });
    const full = await detail(agent, res.body.id);
    expect(full.agentName).toBe('赵德福');
    expect(full.applicant.idNumber).toBe(WALK_IN.idNumber);
    expect(
      (await agent.get<{ items: CaseSummary[] }>('/api/v1/cases/mine')).body.items.map((c) => c.id),
    ).toContain(res.body.id);
    const accept = await actOk(clerk, res.body.id, { action: 'accept', version: res.body.version });
    expect(accept.status).toBe('accepted');

    const decides = await agent.post('/api/v1/cases/intake', {
      implCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      decision: 'accept',
    });
    expect(decides.body.details?.[0]).toMatchObject({ field: 'decision', code: 'AGENT_SUBMITS_ONLY' });
  });
});
