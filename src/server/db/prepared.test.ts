import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/db';
import { jobs } from '../../modules/jobs/jobs.tables';
import { queryRows } from './sql';
import { prepared } from './prepared';
import { heldInsert } from './tail';

let d: TestDatabase;
beforeAll(async () => {
  d = await createTestDatabase();
});
afterAll(() => d.close());

const insertJob = heldInsert(jobs, ['kind', 'key', 'payload', 'lockedUntil', 'lastError']);
const jobByKey = prepared(
  (db) =>
    db
      .select()
      .from(jobs)
      .where(eq(jobs.key, sql.placeholder('key'))),
  jobs,
);
const nestedByKey = prepared(
  (db) =>
    db
      .select({ job: jobs, kind: jobs.kind })
      .from(jobs)
      .where(eq(jobs.key, sql.placeholder('key'))),
  { job: jobs, kind: jobs.kind },
);

describe('prepared statements', () => {
  it('insert values encoded by their columns, and null as SQL NULL rather than JSON null or an error', async () => {
    const lockedUntil = new Date('2026-03-01T08:30:00.123Z');
    await insertJob(d.db, {
      kind: 'test.prepared',
      key: 'with-values',
      payload: { list: [1, { nested: null }], text: '中文' },
      lockedUntil,
      lastError: 'boom',
    });
    await insertJob(d.db, {
      kind: 'test.prepared',
      key: 'with-nulls',
      payload: {},
      lockedUntil: null,
      lastError: null,
    });
    const raw = await queryRows<{
      key: string;
      payload: unknown;
      locked: string | null;
      error: string | null;
    }>(
      d.db,
      sql`select key, payload, locked_until::text as locked, last_error as error from jobs
        where kind = 'test.prepared' order by key`,
    );
    expect(raw).toEqual([
      { key: 'with-nulls', payload: {}, locked: null, error: null },
      {
        key: 'with-values',
        payload: { list: [1, { nested: null }], text: '中文' },
        // The session's time zone is Asia/Shanghai: 08:30 UTC is 16:30 there.
        locked: '2026-03-01 16:30:00.123+08',
        error: 'boom',
      },
    ]);
  });

  it('answer exactly what the same query built each time answers, at the root and in a transaction', async () => {
    const built = await d.db.select().from(jobs).where(eq(jobs.key, 'with-values'));
    expect(built).toHaveLength(1);
    expect(await jobByKey(d.db, { key: 'with-values' })).toEqual(built);
    const inTx = await d.db.transaction((tx) => jobByKey(tx, { key: 'with-values' }));
    expect(inTx).toEqual(built);
    expect(await nestedByKey(d.db, { key: 'with-values' })).toEqual([
      { job: built[0], kind: 'test.prepared' },
    ]);
    expect(await jobByKey(d.db, { key: 'no-such-key' })).toEqual([]);
  });

  it('refuse to run with a value missing rather than send NULL for it', async () => {
    await expect(jobByKey(d.db, {})).rejects.toThrow(/No value for placeholder "key"/);
  });

  it('are parsed once per PostgreSQL connection and then only bound (PGlite has no such cache)', async () => {
    const text = d.db
      .select()
      .from(jobs)
      .where(eq(jobs.key, sql.placeholder('key')))
      .toSQL().sql;
    const statements = await d.db.transaction(async (tx) => {
      await jobByKey(tx, { key: 'with-values' });
      await jobByKey(tx, { key: 'with-nulls' });
      return queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from pg_prepared_statements where statement = ${text}`,
      );
    });
    expect(statements[0]?.n).toBe(d.kind === 'postgres' ? 1 : 0);
  });
});
