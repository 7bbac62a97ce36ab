import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/app';
import { canonicalJson, chainBody, GENESIS_HASH, rowHash, sm3 } from './audit.chain';
import { appendAudit, verifyAuditChain } from './audit.service';
import { auditLog } from './audit.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ctx = { actor: null, requestId: 'test' };

describe('SM3', () => {
  it('matches the GB/T 32905 test vector for "abc"', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
    );
  });

  it('hashes a row as SM3 of the previous hash, a newline and its canonical JSON, seq included', () => {
    const row = {
      seq: 1207,
      at: new Date('2026-01-02T03:04:05.678Z'),
      actorId: null,
      actorRole: 'clerk',
      action: 'case.accept',
      entityType: 'case',
      entityId: 'c-1',
      regionCode: '330703',
      requestId: 'req-1',
      digest: 'd'.repeat(64),
      detail: { opinion: '准予受理', list: [1, { b: 2, a: 1 }] },
    };
    const json =
      '{"action":"case.accept","actorId":null,"actorRole":"clerk","at":"2026-01-02T03:04:05.678Z",' +
      `"detail":{"list":[1,{"a":1,"b":2}],"opinion":"准予受理"},"digest":"${'d'.repeat(64)}","entityId":"c-1",` +
      '"entityType":"case","regionCode":"330703","requestId":"req-1","seq":1207}';
    expect(`${chainBody(row)},"seq":1207}`).toBe(json);
    expect(rowHash({ ...row, prevHash: GENESIS_HASH })).toBe(sm3(`${GENESIS_HASH}\n${json}`));
  });
});

describe('the audit chain', () => {
  it('stays one chain when many transactions append at once, each row after the one committed before it', async () => {
    const before = (await t.database.db.select().from(auditLog)).length;
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        t.database.db.transaction(async (tx) => {
          await appendAudit(tx, ctx, { action: 'test.concurrent', entityType: 'test', change: { i } });
        }),
      ),
    );
    const rows = await t.database.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    expect(rows.length).toBe(before + 24);
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash);
    expect(await verifyAuditChain(t.database.db)).toEqual({
      ok: true,
      rowsChecked: rows.length,
      firstBroken: null,
    });
  });

  it('links each row to the one before and verifies whole', async () => {
    for (let i = 0; i < 5; i++)
      await appendAudit(t.database.db, ctx, {
        action: 'test.event',
        entityType: 'test',
        entityId: String(i),
        change: { i },
      });
    const rows = await t.database.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash);
    const result = await verifyAuditChain(t.database.db);
    expect(result).toEqual({ ok: true, rowsChecked: rows.length, firstBroken: null });
  });

  it('stores a digest of the change whole and the change itself masked', async () => {
    await appendAudit(t.database.db, ctx, {
      action: 'test.masked',
      entityType: 'test',
      change: { idNumber: '33070319900307123X', phone: '13857901234' },
    });
    const [row] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'test.masked'));
    expect(row?.detail).toEqual({ idNumber: '3307**********123X', phone: '138****1234' });
    expect(row?.digest).toBe(sm3(canonicalJson({ idNumber: '33070319900307123X', phone: '13857901234' })));
  });

  it('refuses UPDATE and DELETE: the log is append-only', async () => {
    await expect(t.database.superSql(`update audit_log set action = 'x' where seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.superSql('delete from audit_log where seq = 1')).rejects.toThrow(/append-only/);
  });

  let tampered: { seq: number; detail: Record<string, unknown> } | undefined;

  it('names the first row whose content was changed behind the trigger', async () => {
    const rows = await t.database.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    const victim = rows[3];
    if (!victim) throw new Error('not enough rows');
    tampered = { seq: victim.seq, detail: victim.detail };
    await t.database.superSql(
      `set session_replication_role = replica; update audit_log set detail = '{"i": 99}' where seq = ${victim.seq}; set session_replication_role = origin;`,
    );
    const result = await verifyAuditChain(t.database.db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ seq: victim.seq, reason: 'hash_mismatch' });
    expect(result.rowsChecked).toBe(3);
  });

  it('names the row after a deleted one as the broken link', async () => {
    const database = t.database;
    const rows = await database.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    // Undo the earlier tamper first so the deletion is the first break.
    const original = tampered;
    if (!original) throw new Error('the tamper test did not run');
    const removed = rows[rows.length - 3];
    const next = rows[rows.length - 2];
    if (!removed || !next) throw new Error('not enough rows');
    await database.superSql(
      `set session_replication_role = replica;
       update audit_log set detail = '${JSON.stringify(original.detail)}' where seq = ${original.seq};
       delete from audit_log where seq = ${removed.seq};
       set session_replication_role = origin;`,
    );
    const result = await verifyAuditChain(database.db);
    expect(result.firstBroken).toEqual({ seq: next.seq, reason: 'link_broken' });
  });
});

describe('audit over HTTP', () => {
  it('lets the platform admin run the verification and list rows; others may not', async () => {
    const admin = await t.as('admin');
    const verify = await admin.get('/api/v1/audit/verify');
    expect(verify.status).toBe(200);
    expect(verify.body.ok).toBe(false);
    const list = await admin.get<{ items: { action: string }[]; total: number }>(
      '/api/v1/audit?action=auth.sign_in',
    );
    expect(list.status).toBe(200);
    expect(list.body.items.every((r) => r.action === 'auth.sign_in')).toBe(true);
    expect(list.body.total).toBeGreaterThanOrEqual(1);
    const clerk = await t.as('clerk');
    expect((await clerk.get('/api/v1/audit/verify')).status).toBe(403);
  });
});
