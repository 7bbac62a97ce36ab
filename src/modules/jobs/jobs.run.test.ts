import { asc, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/db';
import {
  enqueue,
  pruneFinishedJobs,
  RECURRING_KEY,
  registerJob,
  runDueJobs,
  scheduleRecurringJobs,
  type JobRun,
} from './jobs.service';
import { jobs } from './jobs.tables';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
afterEach(() => database.superSql('delete from jobs'));

const T0 = new Date('2030-01-07T09:00:00+08:00');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const rowsOf = (kind: string) =>
  database.db.select().from(jobs).where(eq(jobs.kind, kind)).orderBy(asc(jobs.createdAt), asc(jobs.runAt));

/** Every run a handler was given, per kind. */
const runs = new Map<string, JobRun[]>();
const record = (run: JobRun) => {
  runs.set(run.kind, [...(runs.get(run.kind) ?? []), run]);
};
const runsOf = (kind: string) => runs.get(kind) ?? [];

registerJob('test.ok', async (run) => record(run));

describe('due and not yet due', () => {
  it('runs a job whose time has come and leaves a later one queued until its time', async () => {
    const now = await enqueue(database.db, { kind: 'test.ok', key: 'now', runAt: at(-60) });
    const later = await enqueue(database.db, { kind: 'test.ok', key: 'later', runAt: at(3600) });

    expect(await runDueJobs(database.db, { now: T0 })).toEqual({
      claimed: 1,
      done: 1,
      retried: 0,
      failed: 0,
      skipped: 0,
    });
    const [first, second] = await rowsOf('test.ok');
    expect(first).toMatchObject({
      id: now.id,
      status: 'done',
      attempts: 1,
      finishedAt: T0,
      lockedUntil: null,
    });
    expect(second).toMatchObject({ id: later.id, status: 'queued', attempts: 0 });

    expect((await runDueJobs(database.db, { now: at(3599) })).claimed).toBe(0);
    expect((await runDueJobs(database.db, { now: at(3600) })).done).toBe(1);
    expect(runsOf('test.ok').map((r) => r.key)).toEqual(['now', 'later']);
  });

  it('leaves kinds this process has no handler for to the processes that have one', async () => {
    await enqueue(database.db, { kind: 'test.unregistered', runAt: at(-1) });
    expect((await runDueJobs(database.db, { now: T0 })).claimed).toBe(0);
    expect((await rowsOf('test.unregistered'))[0]?.status).toBe('queued');
  });
});

describe('enqueue', () => {
  it('is idempotent for a pending kind and key, and queues again once the first is done', async () => {
    const a = await enqueue(database.db, { kind: 'test.ok', key: 'case-1', payload: { n: 1 }, runAt: T0 });
    const b = await enqueue(database.db, { kind: 'test.ok', key: 'case-1', payload: { n: 2 }, runAt: T0 });
    expect(a.created).toBe(true);
    expect(b).toEqual({ id: a.id, created: false });
    const other = await enqueue(database.db, { kind: 'test.ok', key: 'case-2', runAt: T0 });
    expect(other.created).toBe(true);
    expect(await rowsOf('test.ok')).toHaveLength(2);
    expect((await rowsOf('test.ok'))[0]?.payload).toEqual({ n: 1 });

    await runDueJobs(database.db, { now: T0 });
    const again = await enqueue(database.db, { kind: 'test.ok', key: 'case-1', runAt: T0 });
    expect(again.created).toBe(true);
    expect(again.id).not.toBe(a.id);
  });

  it('without a key, queues a new job every time', async () => {
    const a = await enqueue(database.db, { kind: 'test.ok' });
    const b = await enqueue(database.db, { kind: 'test.ok' });
    expect(a.id).not.toBe(b.id);
    expect(await rowsOf('test.ok')).toHaveLength(2);
  });

  it('belongs to the caller’s transaction: rolled back with it', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueue(tx, { kind: 'test.ok', key: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rowsOf('test.ok')).toHaveLength(0);
  });
});

describe('failures', () => {
  registerJob(
    'test.flaky',
    async (run, { tx }) => {
      record(run);
      // Written before the failure: must be rolled back with it.
      await enqueue(tx, { kind: 'test.side-effect', key: `from-${run.attempts}` });
      throw new Error(`boom on attempt ${run.attempts}`);
    },
    { maxAttempts: 3, backoffSeconds: 10 },
  );

  it('retries with doubling backoff (10 s, then 20 s), then marks the job failed with its error', async () => {
    const { id } = await enqueue(database.db, { kind: 'test.flaky', key: 'x', runAt: T0 });

    expect((await runDueJobs(database.db, { now: T0 })).retried).toBe(1);
    expect((await rowsOf('test.flaky'))[0]).toMatchObject({
      id,
      status: 'queued',
      attempts: 1,
      runAt: at(10),
      lastError: 'boom on attempt 1',
      lockedUntil: null,
    });
    expect((await runDueJobs(database.db, { now: at(9) })).claimed).toBe(0);

    expect((await runDueJobs(database.db, { now: at(10) })).retried).toBe(1);
    expect((await rowsOf('test.flaky'))[0]).toMatchObject({ status: 'queued', attempts: 2, runAt: at(30) });

    expect((await runDueJobs(database.db, { now: at(30) })).failed).toBe(1);
    expect((await rowsOf('test.flaky'))[0]).toMatchObject({
      status: 'failed',
      attempts: 3,
      lastError: 'boom on attempt 3',
      finishedAt: at(30),
    });
    expect((await runDueJobs(database.db, { now: at(86_400) })).claimed).toBe(0);
    expect(runsOf('test.flaky').map((r) => r.attempts)).toEqual([1, 2, 3]);
    expect(await rowsOf('test.side-effect')).toHaveLength(0);

    // A failed job no longer blocks its key.
    expect((await enqueue(database.db, { kind: 'test.flaky', key: 'x' })).created).toBe(true);
  });
});

describe('recurring kinds', () => {
  registerJob('test.every-minute', async (run) => record(run), { every: 60 });

  it('queue their next run after each run', async () => {
    await scheduleRecurringJobs(database.db, T0);
    await scheduleRecurringJobs(database.db, T0);
    expect(await rowsOf('test.every-minute')).toHaveLength(1);

    await runDueJobs(database.db, { now: T0 });
    let rows = await rowsOf('test.every-minute');
    expect(rows.map((r) => [r.status, r.key, r.runAt])).toEqual([
      ['done', RECURRING_KEY, T0],
      ['queued', RECURRING_KEY, at(60)],
    ]);
    expect((await runDueJobs(database.db, { now: at(59) })).claimed).toBe(0);
    await runDueJobs(database.db, { now: at(60) });
    rows = await rowsOf('test.every-minute');
    expect(rows.map((r) => r.status)).toEqual(['done', 'done', 'queued']);
    expect(rows[2]?.runAt).toEqual(at(120));
  });
});

describe('a run whose process died', () => {
  /** What a claim by a process that then crashed leaves behind. */
  async function crashedClaim(kind: string, attempts: number, leaseUntil: Date): Promise<string> {
    const { id } = await enqueue(database.db, { kind, runAt: T0 });
    await database.db
      .update(jobs)
      .set({ status: 'running', attempts, lockedUntil: leaseUntil })
      .where(eq(jobs.id, id));
    return id;
  }

  it('is left alone while its lease lasts and claimed again once it has passed', async () => {
    const id = await crashedClaim('test.ok', 1, at(300));
    expect((await runDueJobs(database.db, { now: at(299) })).claimed).toBe(0);
    expect(await runDueJobs(database.db, { now: at(300) })).toMatchObject({ claimed: 1, done: 1 });
    expect((await rowsOf('test.ok'))[0]).toMatchObject({ id, status: 'done', attempts: 2 });
  });

  it('is marked failed, not run, when it died on its last allowed attempt', async () => {
    const before = runsOf('test.flaky').length;
    await crashedClaim('test.flaky', 3, at(300));
    expect(await runDueJobs(database.db, { now: at(301) })).toMatchObject({ claimed: 1, failed: 1 });
    expect((await rowsOf('test.flaky'))[0]).toMatchObject({
      status: 'failed',
      lastError: 'no result after 3 attempts (lease expired)',
    });
    expect(runsOf('test.flaky')).toHaveLength(before);
  });
});

describe('concurrent runners', () => {
  registerJob('test.slow', async (run) => {
    record(run);
    await new Promise((resolve) => setTimeout(resolve, 5));
  });

  it('never run the same job twice', async () => {
    for (let i = 0; i < 12; i++) await enqueue(database.db, { kind: 'test.slow', key: `k${i}`, runAt: T0 });
    const [a, b] = await Promise.all([
      runDueJobs(database.db, { now: T0, limit: 12 }),
      runDueJobs(database.db, { now: T0, limit: 12 }),
    ]);
    expect((a?.claimed ?? 0) + (b?.claimed ?? 0)).toBe(12);
    const keys = runsOf('test.slow').map((r) => r.key);
    expect(keys).toHaveLength(12);
    expect(new Set(keys).size).toBe(12);
    expect((await rowsOf('test.slow')).every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
  });

  it('do not take a live run even after its lease has passed: its row stays locked', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = () => {};
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    let calls = 0;
    registerJob('test.long', async () => {
      calls += 1;
      started();
      await gate;
    });
    await enqueue(database.db, { kind: 'test.long', runAt: T0 });

    const first = runDueJobs(database.db, { now: T0, leaseSeconds: 60 });
    await handlerStarted;
    // On PostgreSQL the second runner skips the locked row at once; PGlite has one connection, so it
    // waits for the first run's transaction instead, which the timer lets finish.
    const timer = setTimeout(release, 300);
    const second = await runDueJobs(database.db, { now: at(3600), leaseSeconds: 60 });
    release();
    clearTimeout(timer);
    expect(await first).toMatchObject({ claimed: 1, done: 1 });
    expect(second.claimed).toBe(0);
    expect(calls).toBe(1);
    expect((await rowsOf('test.long'))[0]).toMatchObject({ status: 'done', attempts: 1 });
  });
});

describe('pruning', () => {
  it('deletes done jobs after 7 days and failed ones after 30, and nothing pending', async () => {
    const day = 86_400;
    const make = async (
      key: string,
      status: 'done' | 'failed' | 'queued',
      finishedDaysAgo: number | null,
    ) => {
      const { id } = await enqueue(database.db, { kind: 'test.prune', key });
      await database.db
        .update(jobs)
        .set({ status, finishedAt: finishedDaysAgo === null ? null : at(-finishedDaysAgo * day) })
        .where(eq(jobs.id, id));
    };
    await make('done-8d', 'done', 8);
    await make('done-6d', 'done', 6);
    await make('failed-31d', 'failed', 31);
    await make('failed-29d', 'failed', 29);
    await make('queued', 'queued', null);
    expect(await pruneFinishedJobs(database.db, T0)).toBe(2);
    expect((await rowsOf('test.prune')).map((r) => r.key).sort()).toEqual([
      'done-6d',
      'failed-29d',
      'queued',
    ]);
  });
});
