import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseSummary } from '../../shared/cases.contract';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import {
  act,
  at,
  HOT_SELF,
  promisedItem,
  publish,
  RECEIVED_AT_WINDOW,
  submitOnline,
  uploadedMaterials,
  WALK_IN,
  signInAll,
} from '../../../tests/fixtures/cases';
import { appendAudit, verifyAuditChain } from '../audit/audit.service';
import { auditLog } from '../audit/audit.tables';
import { caseActions, cases } from './cases.tables';

let t: TestApp;
let admin: Client;
let citizen: Client;
let clerk: Client;
let reviewer: Client;
let implCode: string;

beforeAll(async () => {
  t = await createTestApp();
  [admin, citizen, clerk, reviewer] = await signInAll(t, 'admin', 'citizen', 'clerk', 'reviewer');
  implCode = await publish(admin, promisedItem('401'));
});
afterAll(() => t.close());

const casesOf = async (accountId: string | undefined) =>
  t.database.db
    .select()
    .from(cases)
    .where(eq(cases.applicantAccountId, accountId ?? ''));

describe('two staff acting on the same case at once', () => {
  it('exactly one wins; the other gets 409 CASE_VERSION_CONFLICT and writes nothing', async () => {
    at(t, '2025-09-22');
    const c = await submitOnline(t, citizen, implCode);
    at(t, '2025-09-23');
    const [a, b] = await Promise.all([
      act(clerk, c.id, { action: 'accept', version: c.version }),
      act(reviewer, c.id, { action: 'refuse', version: c.version, opinion: '不属于受理范围' }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('CASE_VERSION_CONFLICT');
    const actions = await t.database.db.select().from(caseActions).where(eq(caseActions.caseId, c.id));
    expect(actions.map((x) => x.action).sort()).toEqual(
      ['submit', a.status === 200 ? 'accept' : 'refuse'].sort(),
    );
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, c.id));
    expect(row?.version).toBe(c.version + 1);
  });

  it('a stale version is refused even when nobody else is acting', async () => {
    at(t, '2025-09-22');
    const c = await submitOnline(t, citizen, implCode);
    const res = await act(clerk, c.id, { action: 'accept', version: c.version - 1 });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('CASE_VERSION_CONFLICT');
  });
});

describe('idempotent submission (Idempotency-Key)', () => {
  it('the same key and body from the same account make one case, even when sent at once', async () => {
    at(t, '2025-09-22');
    const materials = await uploadedMaterials(t, citizen);
    const body = { implCode, answers: HOT_SELF, materials, submit: true };
    const headers = { 'idempotency-key': 'submit-3f1c2a9e-0001' };
    const before = (await casesOf(citizen.user?.id)).length;
    const [first, second] = await Promise.all([
      citizen.post<CaseSummary>('/api/v1/cases', body, headers),
      citizen.post<CaseSummary>('/api/v1/cases', body, headers),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body.id).toBe(second.body.id);
    const replay = first.status === 200 ? first : second;
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const third = await citizen.post<CaseSummary>('/api/v1/cases', body, headers);
    expect(third.status).toBe(200);
    expect(third.body.id).toBe(first.body.id);
    expect((await casesOf(citizen.user?.id)).length).toBe(before + 1);

    const different = await citizen.post(
      '/api/v1/cases',
      { ...body, answers: { ...HOT_SELF, category: 'cold' } },
      headers,
    );
    expect(different.status).toBe(409);
    expect(different.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await casesOf(citizen.user?.id)).length).toBe(before + 1);
  });

  it("a key is the account's own: another account may use the same key", async () => {
    const enterprise = await t.as('enterprise');
    const res = await enterprise.post<CaseSummary>(
      '/api/v1/cases',
      { implCode, answers: HOT_SELF, materials: await uploadedMaterials(t, enterprise), submit: true },
      { 'idempotency-key': 'submit-3f1c2a9e-0001' },
    );
    expect(res.status).toBe(201);
    expect(res.body.applicantName).toBe('金华市示例餐饮有限公司');
  });

  it('refuses a malformed key at its header', async () => {
    const res = await citizen.post('/api/v1/cases', { implCode, submit: false }, { 'idempotency-key': 'x' });
    expect(res.status).toBe(400);
    expect(res.body.details?.[0]).toMatchObject({ field: 'idempotency-key', in: 'headers' });
  });
});

describe('case numbers', () => {
  it('are implCode + date + a 4-digit serial, unique under concurrent intake at several windows', async () => {
    at(t, '2025-11-03');
    const intake = () =>
      clerk.post<CaseSummary>('/api/v1/cases/intake', {
        implCode,
        applicant: WALK_IN,
        answers: HOT_SELF,
        materials: RECEIVED_AT_WINDOW,
        decision: 'accept',
      });
    const results = await Promise.all(Array.from({ length: 8 }, intake));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const numbers = results.map((r) => r.body.caseNo ?? '').sort();
    expect(numbers).toEqual(
      Array.from({ length: 8 }, (_, i) => `${implCode}20251103${String(i + 1).padStart(4, '0')}`),
    );
    // The next day starts at 0001 again.
    at(t, '2025-11-04');
    expect((await intake()).body.caseNo).toBe(`${implCode}202511040001`);
  });

  it('go one each to concurrent online submissions of one item; a replayed key takes none', async () => {
    at(t, '2025-11-05');
    const enterprise = await t.as('enterprise');
    const [a, b] = await Promise.all([
      submitOnline(t, citizen, implCode),
      submitOnline(t, enterprise, implCode),
    ]);
    expect([a.caseNo, b.caseNo].sort()).toEqual([`${implCode}202511050001`, `${implCode}202511050002`]);

    const body = {
      implCode,
      answers: HOT_SELF,
      materials: await uploadedMaterials(t, citizen),
      submit: true,
    };
    const headers = { 'idempotency-key': 'case-number-replay-0001' };
    const first = await citizen.post<CaseSummary>('/api/v1/cases', body, headers);
    const replay = await citizen.post<CaseSummary>('/api/v1/cases', body, headers);
    expect([first.status, replay.status]).toEqual([201, 200]);
    expect(replay.body.caseNo).toBe(`${implCode}202511050003`);
    expect((await submitOnline(t, citizen, implCode)).caseNo).toBe(`${implCode}202511050004`);
  });
});

describe('the audit chain under concurrent case writes', () => {
  const system = { actor: null, requestId: 'test' };

  it('stays one chain through concurrent writes, a rolled-back append and another process’s appends', async () => {
    at(t, '2025-11-06');
    const submitted = await Promise.all(Array.from({ length: 6 }, () => submitOnline(t, citizen, implCode)));
    const accepted = await Promise.all(
      submitted.map((c) => act(clerk, c.id, { action: 'accept', version: c.version })),
    );
    expect(accepted.map((r) => r.status)).toEqual(Array(6).fill(200));

    // An append that rolled back leaves no row (the sequence moved on, the chain did not), and
    // appends by another process (a fresh copy of the module) interleave with ours in one order.
    await expect(
      t.database.db.transaction(async (tx) => {
        await appendAudit(tx, system, { action: 'test.rolled_back', entityType: 'test' });
        tx.rollback();
      }),
    ).rejects.toThrow();
    await submitOnline(t, citizen, implCode);
    vi.resetModules();
    const other = await import('../audit/audit.service');
    await other.appendAudit(t.database.db, system, { action: 'test.other_process', entityType: 'test' });
    await Promise.all([
      submitOnline(t, citizen, implCode),
      other.appendAudit(t.database.db, system, { action: 'test.other_process', entityType: 'test' }),
      submitOnline(t, citizen, implCode),
    ]);

    expect(
      await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'test.rolled_back')),
    ).toEqual([]);
    const result = await verifyAuditChain(t.database.db);
    expect(result.ok).toBe(true);
    const rows = await t.database.db.select({ seq: auditLog.seq, action: auditLog.action }).from(auditLog);
    expect(rows.filter((r) => r.action === 'test.other_process')).toHaveLength(2);
    expect(result.rowsChecked).toBe(rows.length);
  });

  it('an action whose audit row cannot be written is undone whole, and says so', async () => {
    at(t, '2025-11-10');
    const c = await submitOnline(t, citizen, implCode);
    // The append is the transaction's last statement: when it fails, everything before it is undone.
    const signature = `audit_append(timestamptz, uuid, text, varchar, varchar, text, varchar, text, varchar, jsonb, text)`;
    await t.database.superSql(`ALTER FUNCTION ${signature} RENAME TO audit_append_kept`);
    await t.database.superSql(`CREATE FUNCTION ${signature} RETURNS bigint LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$`);
    try {
      const res = await act(clerk, c.id, { action: 'accept', version: c.version });
      expect(res.status).toBe(500);
      expect(res.body.code).toBe('INTERNAL');
    } finally {
      await t.database.superSql(`DROP FUNCTION ${signature}`);
      await t.database.superSql(`ALTER FUNCTION audit_append_kept RENAME TO audit_append`);
    }
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, c.id));
    expect(row).toMatchObject({ status: 'submitted', version: c.version, acceptedDay: null });
    const actions = await t.database.db.select().from(caseActions).where(eq(caseActions.caseId, c.id));
    expect(actions.map((a) => a.action)).toEqual(['submit']);
    // And the next action goes through, on the same connection pool.
    const again = await act(clerk, c.id, { action: 'accept', version: c.version });
    expect(again.status).toBe(200);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });
});
