import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Logger } from 'drizzle-orm/logger';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/db';
import { appendAudit, verifyAuditChain } from '../../modules/audit/audit.service';
import { auditLog } from '../../modules/audit/audit.tables';
import { jobs } from '../../modules/jobs/jobs.tables';
import type { Db } from './client';
import * as schema from './schema';
import { heldInsert, transactionWithTail } from './tail';

let d: TestDatabase;
/**
 * The same database through a Db whose statements are recorded: on PostgreSQL as node-postgres is
 * given them, on PGlite through Drizzle's logger. PGlite's BEGIN and COMMIT pass outside the
 * logger, so they are left out unless asked for (which only PostgreSQL can answer).
 */
let logged: Db;
let logs: string[] = [];
let spy: MockInstance | null = null;
/** What was sent since the test began, in order, with or without BEGIN and COMMIT. */
function statements(withTransactionControl = false): string[] {
  const all = spy
    ? spy.mock.calls.map(([first]) => (typeof first === 'string' ? first : (first as { text: string }).text))
    : logs;
  return withTransactionControl ? all : all.filter((t) => !/^(begin|commit|rollback)$/.test(t));
}

beforeAll(async () => {
  d = await createTestDatabase();
  if ('pool' in d) {
    logged = d.db;
    spy = vi.spyOn(pg.Client.prototype, 'query');
  } else {
    const logger: Logger = { logQuery: (query) => void logs.push(query) };
    logged = drizzlePglite({ client: (d as unknown as { client: never }).client, schema, logger });
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await d.close();
});
beforeEach(() => {
  logs = [];
  spy?.mockClear();
});

const insertJob = heldInsert(jobs, ['kind', 'key', 'payload']);
const ctx = { actor: null, requestId: 'tail-test' };
const jobsOfKind = (kind: string) =>
  d.db
    .select({ key: jobs.key, payload: jobs.payload })
    .from(jobs)
    .where(eq(jobs.kind, kind))
    .orderBy(asc(jobs.key));

describe('a transaction with a tail', () => {
  it('sends its held writes and its audit row as one statement just before the commit', async () => {
    const kind = `tail.${randomUUID()}`;
    const seenInside = await transactionWithTail(logged, async (tx) => {
      await insertJob(tx, { kind, key: 'a', payload: { n: 1 } });
      await appendAudit(tx, ctx, { action: 'test.tail', entityType: 'job', entityId: kind });
      const rows = await tx.select().from(jobs).where(eq(jobs.kind, kind));
      return rows.length;
    });
    expect(seenInside).toBe(0);
    const sent = statements();
    expect(sent.map((s) => s.slice(0, 30))).toEqual([
      expect.stringMatching(/^select/),
      'with w0 as (insert into "jobs"',
    ]);
    expect(sent[1]).toMatch(/\) select audit_append\(/);
    // On PostgreSQL the COMMIT is queued right behind it, before its answer comes.
    if (d.kind === 'postgres') expect(statements(true).slice(-2)).toEqual([sent[1], 'commit']);
    expect(await jobsOfKind(kind)).toEqual([{ key: 'a', payload: { n: 1 } }]);
    const [audit] = await d.db.select().from(auditLog).where(eq(auditLog.entityId, kind));
    expect(audit?.action).toBe('test.tail');
  });

  it('keeps the order of two writes of one statement, and of two audit rows, by sending them apart', async () => {
    const kind = `tail.${randomUUID()}`;
    await transactionWithTail(logged, async (tx) => {
      await appendAudit(tx, ctx, { action: 'test.first', entityType: 'job', entityId: kind });
      await insertJob(tx, { kind, key: 'a', payload: {} });
      await insertJob(tx, { kind, key: 'b', payload: {} });
      await appendAudit(tx, ctx, { action: 'test.second', entityType: 'job', entityId: kind });
    });
    // [audit, a] [b, audit]: a text or a query seen twice starts a new statement.
    const sent = statements();
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/^with w0 as \(insert into "jobs".*\) select audit_append\(/s);
    expect(sent[1]).toMatch(/^with w0 as \(insert into "jobs".*\) select audit_append\(/s);
    expect(await jobsOfKind(kind)).toHaveLength(2);
    const audits = await d.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, kind))
      .orderBy(asc(auditLog.seq));
    expect(audits.map((a) => a.action)).toEqual(['test.first', 'test.second']);
    expect((await verifyAuditChain(d.db)).ok).toBe(true);
  });

  it('numbers each write’s values apart, so no value lands in another’s column', async () => {
    const kind = `tail.${randomUUID()}`;
    await transactionWithTail(d.db, async (tx) => {
      await insertJob(tx, { kind, key: 'x', payload: { who: 'x' } });
      await tx.execute(sql`select 1`);
      await heldInsert(jobs, ['key', 'kind', 'payload', 'lastError'])(tx, {
        key: 'y',
        kind,
        payload: { who: 'y' },
        lastError: 'seen',
      });
    });
    const rows = await d.db
      .select({ key: jobs.key, payload: jobs.payload, lastError: jobs.lastError })
      .from(jobs)
      .where(eq(jobs.kind, kind))
      .orderBy(asc(jobs.key));
    expect(rows).toEqual([
      { key: 'x', payload: { who: 'x' }, lastError: null },
      { key: 'y', payload: { who: 'y' }, lastError: 'seen' },
    ]);
  });

  it('writes nothing, held or not, when a held write fails at the end', async () => {
    const kind = `tail.${randomUUID()}`;
    await expect(
      transactionWithTail(d.db, async (tx) => {
        await tx.insert(jobs).values({ kind, key: 'written-at-once' });
        await insertJob(tx, { kind, key: 'twice', payload: {} });
        // The same pending (kind, key) again: the unique index refuses it, at the end.
        await insertJob(tx, { kind, key: 'twice', payload: {} });
      }),
    ).rejects.toThrow();
    expect(await jobsOfKind(kind)).toEqual([]);
  });

  it('sends no held write when the operation throws', async () => {
    const kind = `tail.${randomUUID()}`;
    await expect(
      transactionWithTail(logged, async (tx) => {
        await insertJob(tx, { kind, key: 'a', payload: {} });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(statements()).toEqual([]);
    expect(await jobsOfKind(kind)).toEqual([]);
  });

  it('leaves held writes elsewhere to run at once', async () => {
    const kind = `tail.${randomUUID()}`;
    const seen = await d.db.transaction(async (tx) => {
      await insertJob(tx, { kind, key: 'a', payload: {} });
      return (await tx.select().from(jobs).where(eq(jobs.kind, kind))).length;
    });
    expect(seen).toBe(1);
    await insertJob(d.db, { kind, key: 'b', payload: {} });
    expect(await jobsOfKind(kind)).toHaveLength(2);
  });
});
