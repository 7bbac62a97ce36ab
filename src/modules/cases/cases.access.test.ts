import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../shared/cases.contract';
import { makeIdNumber } from '../../shared/identity';
import { Client, createTestApp, type TestApp } from '../../../tests/support/app';
import { pdfBytes } from '../../../tests/support/files';
import {
  act,
  actOk,
  at,
  detail,
  HOT_SELF,
  instantItem,
  promisedItem,
  publish,
  signInAll,
  submitOnline,
  takeIn,
  uploadPdf,
  WALK_IN,
} from '../../../tests/fixtures/cases';
import { auditLog } from '../audit/audit.tables';
import { caseActions } from './cases.tables';

let t: TestApp;
let admin: Client;
let citizen: Client;
let clerk: Client;
let reviewer: Client;
let otherCounty: Client;
let neighbour: Client;
let implCode: string;
let instantCode: string;

beforeAll(async () => {
  t = await createTestApp();
  [admin, citizen, clerk, reviewer, otherCounty] = await signInAll(
    t,
    'admin',
    'citizen',
    'clerk',
    'reviewer',
    'reviewer_wucheng',
  );
  const registered = await t.anon().post('/api/v1/auth/register', {
    kind: 'citizen',
    username: 'neighbour',
    password: 'Neighbour2025',
    displayName: '王大伯',
    idNumber: makeIdNumber('33070319600505123'),
    phone: '13905791111',
  });
  expect(registered.status, JSON.stringify(registered.body)).toBe(201);
  neighbour = new Client(t.app);
  expect((await neighbour.signIn('neighbour', 'Neighbour2025')).status).toBe(200);
  implCode = await publish(admin, promisedItem('501'));
  instantCode = await publish(admin, instantItem('501'));
});
afterAll(() => t.close());

describe("a case's files", () => {
  it("the applicant and the case's department staff may fetch them; another citizen or another department get 404", async () => {
    at(t, '2025-09-22');
    const c = await submitOnline(t, citizen, implCode);
    const full = await detail(citizen, c.id);
    const fileId = full.materials[0]?.fileIds[0] ?? '';
    const url = `/api/v1/cases/${c.id}/files/${fileId}`;

    const own = await citizen.get(url);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(own.raw.rawPayload).equals(pdfBytes())).toBe(true);
    const staffRead = await reviewer.get(url);
    expect(staffRead.status).toBe(200);
    expect((await clerk.get(url)).status).toBe(200);
    const audited = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'case.file_read'));
    expect(audited.map((a) => a.actorId).sort()).toEqual([clerk.user?.id, reviewer.user?.id].sort());

    expect((await neighbour.get(url)).status).toBe(404);
    expect((await otherCounty.get(url)).status).toBe(404);
    // A file of the applicant's that is not part of this case is not served through it.
    const unrelated = await uploadPdf(t, citizen, '别的.pdf');
    expect((await citizen.get(`/api/v1/cases/${c.id}/files/${unrelated}`)).status).toBe(404);
  });
});

describe('who may see and act', () => {
  it("another county's reviewer neither sees nor acts: 404; another citizen: 404", async () => {
    at(t, '2025-09-22');
    const c = await submitOnline(t, citizen, implCode);
    expect((await otherCounty.get(`/api/v1/cases/${c.id}`)).status).toBe(404);
    const res = await act(otherCounty, c.id, { action: 'accept', version: c.version });
    expect(res.status).toBe(404);
    expect((await neighbour.get(`/api/v1/cases/${c.id}`)).status).toBe(404);
    expect((await act(neighbour, c.id, { action: 'withdraw', version: c.version })).status).toBe(404);
    const queue = await otherCounty.get<{ items: CaseSummary[] }>('/api/v1/cases');
    expect(queue.body.items.map((x) => x.id)).not.toContain(c.id);
    const actions = await t.database.db.select().from(caseActions).where(eq(caseActions.caseId, c.id));
    expect(actions.map((a) => a.action)).toEqual(['submit']);
  });

  it('the applicant cannot act as staff (403), and staff cannot withdraw for the applicant (403)', async () => {
    at(t, '2025-09-22');
    const c = await submitOnline(t, citizen, implCode);
    const self = await act(citizen, c.id, { action: 'accept', version: c.version });
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('CASE_ACTOR_NOT_ALLOWED');
    const staffWithdraw = await act(reviewer, c.id, { action: 'withdraw', version: c.version });
    expect(staffWithdraw.status).toBe(403);
    const listOnly = await citizen.get('/api/v1/cases');
    expect(listOnly.status).toBe(403);
  });

  it('the detail lists the actions this caller may take now', async () => {
    at(t, '2025-09-22');
    const c = await submitOnline(t, citizen, implCode);
    expect((await detail(citizen, c.id)).allowedActions).toEqual(['withdraw']);
    expect((await detail(reviewer, c.id)).allowedActions.sort()).toEqual(
      ['accept', 'refuse', 'request_supplement', 'transfer'].sort(),
    );
    // Each staff read of the whole record is audited.
    const reads = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'case.read'));
    expect(reads.filter((r) => r.entityId === c.id).map((r) => r.actorId)).toEqual([reviewer.user?.id]);
  });
});

describe('withdrawal', () => {
  it('the applicant withdraws before a decision; after one it is 409', async () => {
    at(t, '2025-09-22');
    const open = await submitOnline(t, citizen, implCode);
    const withdrawn = await actOk(citizen, open.id, {
      action: 'withdraw',
      version: open.version,
      opinion: '不再需要',
    });
    expect(withdrawn.status).toBe('withdrawn');

    const c = await takeIn(clerk, implCode, {
      applicant: { kind: 'person', name: '张晓梅', idNumber: makeIdNumber('33070319850312022') },
    });
    let v = await actOk(reviewer, c.id, { action: 'complete_step', version: c.version });
    v = await actOk(reviewer, c.id, { action: 'approve', version: v.version });
    const late = await act(citizen, c.id, { action: 'withdraw', version: v.version });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CASE_ACTION_NOT_ALLOWED');
    expect(late.body.details?.[0]?.code).toBe('CASE_ACTION_NOT_ALLOWED');
  });
});

describe('即办件 (instant items)', () => {
  it('accepted and approved at the window in one go, decided the same day', async () => {
    at(t, '2025-09-30', '09:15:00');
    const res = await clerk.post<CaseSummary>('/api/v1/cases/intake', {
      implCode: instantCode,
      applicant: WALK_IN,
      answers: { who: 'me' },
      materials: [
        { key: 'application', status: 'received' },
        { key: 'id_card', status: 'received' },
        { key: 'lease', status: 'received' },
      ],
      decision: 'accept',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: 'approved',
      acceptedDay: '2025-09-30',
      decidedDay: '2025-09-30',
    });
    const full = await detail(clerk, res.body.id);
    expect(full.timeline.map((a) => [a.action, a.toStatus, a.actorName])).toEqual([
      ['submit', 'submitted', '李文静'],
      ['accept', 'accepted', '李文静'],
      ['approve', 'approved', '李文静'],
    ]);
    // Promised 0: due on the day of acceptance, decided that day: on time.
    expect(full.clocks?.promised).toMatchObject({ due: '2025-09-30', outcome: 'on_time' });
    const delivered = await actOk(clerk, res.body.id, {
      action: 'deliver',
      version: full.version,
      method: 'window',
    });
    expect(delivered.status).toBe('delivered');
  });

  it('a promised item accepted at the window is not decided by the clerk', async () => {
    at(t, '2025-09-30');
    const c = await takeIn(clerk, implCode);
    expect(c.status).toBe('accepted');
    const res = await act(clerk, c.id, { action: 'approve', version: c.version });
    expect(res.status).toBe(403);
  });

  it('answers and materials of the instant item are checked like any other', async () => {
    const res = await clerk.post('/api/v1/cases/intake', {
      implCode: instantCode,
      applicant: WALK_IN,
      answers: HOT_SELF,
      decision: 'accept',
    });
    expect(res.status).toBe(400);
    expect(res.body.details?.[0]).toMatchObject({ code: 'ANSWER_UNKNOWN' });
  });
});
