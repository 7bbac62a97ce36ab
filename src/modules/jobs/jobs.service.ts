import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client';
import { placeholders, prepared } from '../../server/db/prepared';
import { heldInsert } from '../../server/db/tail';
import { jobs } from './jobs.tables';

/** One claimed run of a job, as its handler sees it. */
export type JobRun = {
  id: string;
  kind: string;
  key: string;
  payload: Record<string, unknown>;
  /** 1 on the first run, 2 on the first retry, … */
  attempts: number;
};

/**
 * Does the work of one job inside a transaction that also marks the job done, so its writes and
 * "done" commit together or not at all. Use `tx` only: on PGlite (one connection) touching the outer
 * database from inside would wait for this very transaction. Runs are at least once: a handler must
 * be safe to run again after a crash.
 */
export type JobHandler = (run: JobRun, env: { tx: Db; now: Date }) => Promise<void>;

export type JobOptions = {
  /** Recurring: after each run (success or final failure) the next run is queued this many seconds later. */
  every?: number;
  /** Runs before the job is marked failed. */
  maxAttempts?: number;
  /** Wait before the first retry; it doubles on each further retry, up to an hour. */
  backoffSeconds?: number;
};

type Registered = { handler: JobHandler; every: number | null; maxAttempts: number; backoffSeconds: number };

const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_BACKOFF_SECONDS = 30;
const MAX_BACKOFF_SECONDS = 3600;
const DEFAULT_LEASE_SECONDS = 300;
const MAX_ERROR_LENGTH = 2000;
/** The key recurring kinds are queued under: one pending run per recurring kind. */
export const RECURRING_KEY = 'recurring';

const registry = new Map<string, Registered>();

/** Says which function runs jobs of a kind; a kind is registered once per process. */
export function registerJob(kind: string, handler: JobHandler, options: JobOptions = {}): void {
  if (registry.has(kind)) throw new Error(`job kind ${kind} is already registered`);
  if (options.every !== undefined && !(options.every > 0))
    throw new Error(`job kind ${kind}: every must be > 0`);
  registry.set(kind, {
    handler,
    every: options.every ?? null,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    backoffSeconds: options.backoffSeconds ?? DEFAULT_BACKOFF_SECONDS,
  });
}

const PENDING = ['queued', 'running'] as const;
const pendingPredicate = sql`status in ('queued', 'running')`;

const { runAt: runAtPlaceholder } = placeholders(jobs, ['runAt']);
const insertJob = prepared(
  (db) =>
    db
      .insert(jobs)
      .values({
        ...placeholders(jobs, ['kind', 'key', 'payload']),
        // No time given: the database's clock, as the column's default.
        runAt: sql`coalesce(${runAtPlaceholder}, now())`,
      })
      .onConflictDoNothing({ target: [jobs.kind, jobs.key], where: pendingPredicate })
      .returning({ id: jobs.id }),
  { id: jobs.id },
);

/**
 * Queues a job in the caller's transaction, so it exists exactly when the change that asked for it
 * commits. With a key it is idempotent: while a job of that kind and key is queued or running, the
 * call returns that job instead of making a second. Without a key every call queues a new job.
 */
export async function enqueue(
  tx: Db,
  input: { kind: string; key?: string; payload?: Record<string, unknown>; runAt?: Date },
): Promise<{ id: string; created: boolean }> {
  const key = input.key ?? randomUUID();
  // A pending job can finish between the insert that conflicts with it and the look-up: try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const [created] = await insertJob(tx, {
      kind: input.kind,
      key,
      payload: input.payload ?? {},
      runAt: input.runAt ?? null,
    });
    if (created) return { id: created.id, created: true };
    const [pending] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.kind, input.kind), eq(jobs.key, key), inArray(jobs.status, PENDING)));
    if (pending) return { id: pending.id, created: false };
  }
  throw new Error(`could not enqueue ${input.kind}/${key}`);
}

/**
 * Queues a job to run now under a key no job has yet (a fresh row's id), with the rest of the
 * transaction's held writes: nothing can conflict, so nothing has to be read back.
 */
export const enqueueNew = heldInsert(jobs, ['kind', 'key', 'payload']);

/** Queues the next run of every registered recurring kind that has none pending; safe to call often. */
export async function scheduleRecurringJobs(db: Db, now: Date = new Date()): Promise<void> {
  for (const [kind, job] of registry) {
    if (job.every !== null) await enqueue(db, { kind, key: RECURRING_KEY, runAt: now });
  }
}

export type RunSummary = { claimed: number; done: number; retried: number; failed: number; skipped: number };

const secondsAfter = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

/**
 * Claims due jobs of the registered kinds and runs them one after another. A claim takes each row
 * with FOR UPDATE SKIP LOCKED, marks it running and gives it a lease: a run whose process died is
 * claimed again once its lease has passed, while a live run keeps its row locked so nobody else
 * takes it even then. A failure is retried with backoff, then marked failed with its error.
 */
export async function runDueJobs(
  db: Db,
  options: { now?: Date; limit?: number; leaseSeconds?: number } = {},
): Promise<RunSummary> {
  const now = options.now ?? new Date();
  const summary: RunSummary = { claimed: 0, done: 0, retried: 0, failed: 0, skipped: 0 };
  const kinds = [...registry.keys()];
  if (kinds.length === 0) return summary;
  const leaseUntil = secondsAfter(now, options.leaseSeconds ?? DEFAULT_LEASE_SECONDS);

  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          inArray(jobs.kind, kinds),
          or(
            and(eq(jobs.status, 'queued'), lte(jobs.runAt, now)),
            and(eq(jobs.status, 'running'), lte(jobs.lockedUntil, now)),
          ),
        ),
      )
      .orderBy(asc(jobs.runAt), asc(jobs.id))
      .limit(options.limit ?? 10)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(jobs)
      .set({ status: 'running', attempts: sql`${jobs.attempts} + 1`, lockedUntil: leaseUntil })
      .where(
        inArray(
          jobs.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
  claimed.sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id.localeCompare(b.id));
  summary.claimed = claimed.length;

  for (const row of claimed) {
    const job = registry.get(row.kind);
    if (!job) continue;
    const run: JobRun = {
      id: row.id,
      kind: row.kind,
      key: row.key,
      payload: row.payload,
      attempts: row.attempts,
    };
    const outcome = await runOne(db, job, run, now);
    summary[outcome] += 1;
  }
  return summary;
}

/** This claim of the job, still ours: running with the attempt count our claim gave it. */
const ours = (run: JobRun) =>
  and(eq(jobs.id, run.id), eq(jobs.status, 'running'), eq(jobs.attempts, run.attempts));

async function runOne(
  db: Db,
  job: Registered,
  run: JobRun,
  now: Date,
): Promise<'done' | 'retried' | 'failed' | 'skipped'> {
  if (run.attempts > job.maxAttempts) {
    // Its last allowed run died without a word (the process crashed or was killed).
    await finishFailed(db, job, run, now, `no result after ${job.maxAttempts} attempts (lease expired)`);
    return 'failed';
  }
  try {
    const ran = await db.transaction(async (tx) => {
      const [held] = await tx
        .select({ id: jobs.id })
        .from(jobs)
        .where(ours(run))
        .for('update', { skipLocked: true });
      if (!held) return false;
      await job.handler(run, { tx, now });
      await tx
        .update(jobs)
        .set({ status: 'done', finishedAt: now, lockedUntil: null, lastError: null })
        .where(eq(jobs.id, run.id));
      if (job.every !== null)
        await enqueue(tx, {
          kind: run.kind,
          key: run.key,
          payload: run.payload,
          runAt: secondsAfter(now, job.every),
        });
      return true;
    });
    return ran ? 'done' : 'skipped';
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).slice(0, MAX_ERROR_LENGTH);
    if (run.attempts >= job.maxAttempts) {
      await finishFailed(db, job, run, now, message);
      return 'failed';
    }
    const delay = Math.min(job.backoffSeconds * 2 ** (run.attempts - 1), MAX_BACKOFF_SECONDS);
    await db
      .update(jobs)
      .set({ status: 'queued', runAt: secondsAfter(now, delay), lockedUntil: null, lastError: message })
      .where(ours(run));
    return 'retried';
  }
}

async function finishFailed(db: Db, job: Registered, run: JobRun, now: Date, message: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [failed] = await tx
      .update(jobs)
      .set({ status: 'failed', finishedAt: now, lockedUntil: null, lastError: message })
      .where(ours(run))
      .returning({ id: jobs.id });
    // A recurring kind keeps its schedule even when one run fails for good.
    if (failed && job.every !== null) {
      await enqueue(tx, {
        kind: run.kind,
        key: run.key,
        payload: run.payload,
        runAt: secondsAfter(now, job.every),
      });
    }
  });
}

const DAY_MS = 24 * 3600 * 1000;

/** Deletes finished jobs: done ones after a week, failed ones (kept for a look) after 30 days. */
export async function pruneFinishedJobs(db: Db, now: Date = new Date()): Promise<number> {
  const deleted = await db
    .delete(jobs)
    .where(
      or(
        and(eq(jobs.status, 'done'), lt(jobs.finishedAt, new Date(now.getTime() - 7 * DAY_MS))),
        and(eq(jobs.status, 'failed'), lt(jobs.finishedAt, new Date(now.getTime() - 30 * DAY_MS))),
      ),
    )
    .returning({ id: jobs.id });
  return deleted.length;
}
