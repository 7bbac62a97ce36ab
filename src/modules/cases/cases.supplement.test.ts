import { eq } from 'drizzle-orm';
import { makeIdNumber } from '../../shared/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import {
  act,
  actOk,
  at,
  detail,
  HOT_SELF,
  promisedItem,
  publish,
  submitOnline,
  uploadPdf,
  signInAll,
  takeIn,
} from '../../../tests/fixtures/cases';
import { caseActions, caseOutbox, cases } from './cases.tables';
import { runDueJobs, scheduleRecurringJobs } from '../jobs/jobs.service';
import { deemAcceptedCases } from './cases.service';

let t: TestApp;
let admin: Client;
let citizen: Client;
let reviewer: Client;
let clerk: Client;
let implCode: string;
/** The demo citizen's ID number, so a window intake for them links to their account. */
const CITIZEN_ID = makeIdNumber('33070319850312022');

beforeAll(async () => {
  t = await createTestApp();
  [admin, citizen, reviewer, clerk] = await signInAll(t, 'admin', 'citizen', 'reviewer', 'clerk');
  implCode = await publish(admin, promisedItem('201'));
});
afterAll(() => t.close());

const job = () => deemAcceptedCases({ db: t.database.db, config: t.config, requestId: null });

describe('Art. 32: no supplement notice within 5 working days means accepted from receipt', () => {
  it('accepts on the sixth working day, from the day of receipt, as the platform', async () => {
    at(t, '2025-09-22');
    const submitted = await submitOnline(t, citizen, implCode);
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, submitted.id));
    // Received Mon 2025-09-22: 23, 24, 25, 26, 28 (Sunday make-up workday) → the notice was due by 09-28.
    expect(row?.preReviewDue).toBe('2025-09-28');

    at(t, '2025-09-28', '23:00:00');
    expect(await job()).toEqual([]);

    at(t, '2025-09-29', '01:00:00');
    expect(await job()).toEqual([submitted.id]);
    const full = await detail(citizen, submitted.id);
    // Accepted from 2025-09-22. Promised 10: 23, 24, 25, 26, 28, 29, 30 Sep, 9, 10, 11 Oct
    // (Saturday, make-up) → 2025-10-11. Used by 09-29: 23, 24, 25, 26, 28, 29 = 6, so 4 remain.
    expect(full).toMatchObject({ status: 'accepted', acceptedDay: '2025-09-22', promisedDue: '2025-10-11' });
    expect(full.clocks?.promised).toMatchObject({ usedDays: 6, remainingDays: 4, light: 'green' });
    const last = full.timeline.at(-1);
    expect(last).toMatchObject({ action: 'accept', actorRole: 'system', actorName: '系统' });
    expect(last?.detail).toEqual({ deemed: true, receivedDay: '2025-09-22' });
    const events = await t.database.db.select().from(caseOutbox).where(eq(caseOutbox.caseId, submitted.id));
    expect(events.map((e) => e.eventType)).toEqual(['case.submitted', 'case.accepted']);
    // Running again changes nothing.
    expect(await job()).toEqual([]);
  });
});

describe('the recurring job does the same on its own', () => {
  it('the jobs runner accepts a case whose notice day has passed', async () => {
    at(t, '2025-11-03');
    const submitted = await submitOnline(t, citizen, implCode);
    // Received Mon 11-03: 4, 5, 6, 7, 10 Nov → the notice was due by 2025-11-10; the run on 11-11 accepts.
    const now = new Date('2025-11-11T02:00:00+08:00');
    await scheduleRecurringJobs(t.database.db, now);
    const summary = await runDueJobs(t.database.db, { now });
    expect(summary.done).toBeGreaterThanOrEqual(1);
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, submitted.id));
    expect(row).toMatchObject({ status: 'accepted', acceptedDay: '2025-11-03', deemedAccepted: true });
  });
});

describe('supplement (补正)', () => {
  it('before acceptance: one notice listing everything, the applicant supplies, pre-review starts again', async () => {
    at(t, '2025-09-22');
    const submitted = await submitOnline(t, citizen, implCode);
    at(t, '2025-09-23');
    const noticed = await actOk(reviewer, submitted.id, {
      action: 'request_supplement',
      version: submitted.version,
      opinion: '营业执照复印件不清晰，请重新上传',
      missing: [{ key: 'business_license', note: '需清晰彩色扫描件' }],
    });
    expect(noticed.status).toBe('supplement_requested');
    // The notice stops the Art. 32 count: the job leaves the case alone.
    at(t, '2025-10-09');
    expect(await job()).toEqual([]);

    const again = await act(reviewer, submitted.id, {
      action: 'request_supplement',
      version: noticed.version,
      opinion: '再补',
      missing: [{ key: 'application', note: '' }],
    });
    expect(again.status).toBe(409);

    at(t, '2025-09-25');
    const incomplete = await act(citizen, submitted.id, {
      action: 'supplement',
      version: noticed.version,
      materials: [{ key: 'application', fileIds: [await uploadPdf(t, citizen)] }],
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.details?.map((d) => d.code)).toEqual([
      'MATERIAL_NOT_MISSING',
      'SUPPLEMENT_INCOMPLETE',
    ]);

    const file = await uploadPdf(t, citizen, '营业执照-清晰.pdf');
    const supplied = await actOk(citizen, submitted.id, {
      action: 'supplement',
      version: noticed.version,
      materials: [{ key: 'business_license', fileIds: [file] }],
    });
    expect(supplied.status).toBe('submitted');
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, submitted.id));
    // Complete materials on Thu 09-25: 26, 28 (make-up), 29, 30 Sep, 9 Oct → due 2025-10-09.
    expect(row?.preReviewDue).toBe('2025-10-09');

    const second = await act(reviewer, submitted.id, {
      action: 'request_supplement',
      version: supplied.version,
      opinion: '再次补正',
      missing: [{ key: 'application', note: '' }],
    });
    expect(second.status).toBe(409);
    expect(second.body.details?.[0]?.code).toBe('CASE_SUPPLEMENT_ONCE');

    const full = await detail(citizen, submitted.id);
    expect(full.materials.find((m) => m.key === 'business_license')).toMatchObject({
      status: 'received',
      fileIds: [file],
    });
    expect(full.pauses).toEqual([
      {
        kind: 'supplement',
        from: '2025-09-23',
        to: '2025-09-25',
        reason: '营业执照复印件不清晰，请重新上传',
      },
    ]);
    // The replaced and the new file stay readable to the applicant.
    const replaced = full.timeline[0]?.attachments ?? [];
    for (const id of [...replaced, file]) {
      expect((await citizen.get(`/api/v1/cases/${submitted.id}/files/${id}`)).status).toBe(200);
    }
  });

  it('during review: the clock stops from the notice to the supplement, and the due date moves by the paused working days', async () => {
    at(t, '2025-09-22');
    const submitted = await submitOnline(t, citizen, implCode);
    at(t, '2025-09-26');
    const accepted = await actOk(reviewer, submitted.id, { action: 'accept', version: submitted.version });
    // Accepted Fri 09-26. Promised 10: 28 (make-up), 29, 30 Sep, 9, 10, 11 (make-up), 13, 14, 15, 16 Oct.
    expect(accepted.promisedDue).toBe('2025-10-16');

    at(t, '2025-09-29');
    const noticed = await actOk(reviewer, submitted.id, {
      action: 'request_supplement',
      version: accepted.version,
      opinion: '请补充经营场所平面图说明',
      missing: [{ key: 'application', note: '附平面图' }],
    });
    expect(noticed.status).toBe('supplement_requested');

    // While paused (on 10-09) the clock stands still: used 28, 29 = 2 (30 Sep and 9 Oct are paused),
    // 8 remain, and the due date has moved by the 2 paused working days: 16 Oct → 17, 20 Oct.
    at(t, '2025-10-09');
    const paused = await detail(citizen, submitted.id);
    expect(paused.clocks?.promised).toMatchObject({
      paused: true,
      usedDays: 2,
      remainingDays: 8,
      due: '2025-10-20',
    });

    at(t, '2025-10-10');
    const supplied = await actOk(citizen, submitted.id, {
      action: 'supplement',
      version: noticed.version,
      materials: [{ key: 'application', fileIds: [await uploadPdf(t, citizen)] }],
    });
    // Back where the pause began; the pause (29 Sep, 10 Oct] held 30 Sep, 9 and 10 Oct = 3 working
    // days, so the due date is 13 working days after 09-26: …16 (10), 17, 20, 21 Oct → 2025-10-21.
    expect(supplied).toMatchObject({ status: 'accepted', promisedDue: '2025-10-21' });
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, submitted.id));
    expect(row).toMatchObject({ promisedDue: '2025-10-21', clockStoppedOn: null });
    const full = await detail(reviewer, submitted.id);
    // Used on 10-10: 28, 29 Sep = 2 (30 Sep, 9, 10 Oct paused); remaining 8.
    expect(full.clocks?.promised).toMatchObject({ paused: false, usedDays: 2, remainingDays: 8 });
    const actions = await t.database.db
      .select()
      .from(caseActions)
      .where(eq(caseActions.caseId, submitted.id));
    expect(actions.map((a) => a.action).sort()).toEqual([
      'accept',
      'request_supplement',
      'submit',
      'supplement',
    ]);
  });
});

describe('容缺受理: a tolerated material is handed in before the decision', () => {
  it('holds the approval until the promise is kept, and records when it was kept', async () => {
    at(t, '2025-09-24');
    let c = await takeIn(clerk, implCode, {
      answers: HOT_SELF,
      materials: [
        { key: 'application', status: 'received' },
        {
          key: 'business_license',
          status: 'tolerated',
          promise: { text: '三日内补交营业执照原件', due: '2025-09-26' },
        },
      ],
    });
    c = await actOk(reviewer, c.id, { action: 'complete_step', version: c.version });
    const early = await act(reviewer, c.id, { action: 'approve', version: c.version });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('CASE_TOLERATED_PENDING');

    // Only a tolerated material can be handed in.
    const wrong = await act(clerk, c.id, {
      action: 'hand_in',
      version: c.version,
      materials: [{ key: 'application', fileIds: [] }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details?.[0]).toMatchObject({
      field: 'materials.0.key',
      code: 'MATERIAL_NOT_TOLERATED',
    });

    // Brought to the window a day after the promised 09-26: received, and on record as late.
    at(t, '2025-09-28');
    c = await actOk(clerk, c.id, {
      action: 'hand_in',
      version: c.version,
      materials: [{ key: 'business_license', fileIds: [] }],
    });
    expect(c.status).toBe('in_review');
    const full = await detail(reviewer, c.id);
    expect(full.materials.find((m) => m.key === 'business_license')).toMatchObject({
      status: 'received',
      promiseText: null,
      promiseDue: null,
    });
    expect(full.timeline.at(-1)).toMatchObject({
      action: 'hand_in',
      fromStatus: 'in_review',
      toStatus: 'in_review',
      detail: {
        handedIn: [{ key: 'business_license', promiseDue: '2025-09-26' }],
        late: ['business_license'],
      },
    });

    c = await actOk(reviewer, c.id, { action: 'approve', version: c.version });
    expect(c.status).toBe('approved');
  });

  it('lets the applicant hand the material in online, as an upload', async () => {
    at(t, '2025-09-24');
    const tolerated = {
      key: 'business_license',
      status: 'tolerated',
      promise: { text: '补交营业执照', due: '2025-09-30' },
    };
    let c = await takeIn(clerk, implCode, {
      applicant: { kind: 'person', name: '张晓梅', idNumber: CITIZEN_ID },
      materials: [{ key: 'application', status: 'received' }, tolerated],
    });
    const empty = await act(citizen, c.id, {
      action: 'hand_in',
      version: c.version,
      materials: [{ key: 'business_license', fileIds: [] }],
    });
    expect(empty.status).toBe(400);
    expect(empty.body.details?.[0]).toMatchObject({ code: 'MATERIAL_FILE_REQUIRED' });

    const fileId = await uploadPdf(t, citizen, '营业执照.pdf');
    c = await actOk(citizen, c.id, {
      action: 'hand_in',
      version: c.version,
      materials: [{ key: 'business_license', fileIds: [fileId] }],
    });
    const full = await detail(citizen, c.id);
    expect(full.materials.find((m) => m.key === 'business_license')).toMatchObject({
      status: 'received',
      fileIds: [fileId],
    });
    expect(full.timeline.at(-1)?.detail).toMatchObject({ late: [] });
  });
});
