/**
 * Dispatch of the case outbox. Case operations write their domain events to `case_outbox` in their
 * own transaction; this claims undispatched rows in order, hands each to the handlers registered for
 * its type and marks it dispatched. A failing handler does not hold up the events behind it: its
 * delivery becomes a job of its own, retried with backoff by the jobs module, while the other
 * handlers of the event keep their successful delivery.
 */
import { asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../server/db/client';
import { enqueue, registerJob } from '../jobs/jobs.service';
import { caseOutbox } from './cases.tables';

export type CaseEvent = {
  id: number;
  caseId: string;
  regionCode: string;
  type: string;
  payload: Record<string, unknown>;
  createdAt: Date;
};

/**
 * Reacts to one event inside the dispatcher's transaction (a savepoint of it): its writes commit
 * with "dispatched" or roll back alone. Delivery is at least once, so a handler must tolerate a repeat.
 */
export type CaseEventHandler = (event: CaseEvent, env: { tx: Db; now: Date }) => Promise<void>;

export const DISPATCH_JOB = 'cases.outbox_dispatch';
export const RETRY_JOB = 'cases.outbox_retry';
/** Events waiting at most this long before the recurring dispatch sees them. */
export const DISPATCH_EVERY_SECONDS = 5;
const RETRY_BACKOFF_SECONDS = 30;
const RETRY_MAX_ATTEMPTS = 8;
const DEFAULT_BATCH = 200;

/** Handlers by event type, then by name; the name identifies a handler's retries across processes. */
const handlers = new Map<string, Map<string, CaseEventHandler>>();

/** Registers a handler for an event type; returns a function that removes it again. */
export function onCaseEvent(type: string, name: string, handler: CaseEventHandler): () => void {
  let byName = handlers.get(type);
  if (!byName) handlers.set(type, (byName = new Map<string, CaseEventHandler>()));
  if (byName.has(name)) throw new Error(`a handler ${name} for ${type} is already registered`);
  byName.set(name, handler);
  return () => {
    if (byName.get(name) === handler) byName.delete(name);
  };
}

const eventOf = (row: typeof caseOutbox.$inferSelect): CaseEvent => ({
  id: row.id,
  caseId: row.caseId,
  regionCode: row.regionCode,
  type: row.eventType,
  payload: row.payload,
  createdAt: row.createdAt,
});

export type DispatchSummary = { dispatched: number; retrying: number };

/**
 * Dispatches up to `limit` undispatched events, oldest first. Rows are claimed FOR UPDATE SKIP
 * LOCKED, so concurrent dispatchers (several processes) take disjoint rows and never deliver one twice.
 */
export async function dispatchCaseEvents(
  db: Db,
  options: { now?: Date; limit?: number } = {},
): Promise<DispatchSummary> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(caseOutbox)
      .where(isNull(caseOutbox.dispatchedAt))
      .orderBy(asc(caseOutbox.id))
      .limit(options.limit ?? DEFAULT_BATCH)
      .for('update', { skipLocked: true });
    let retrying = 0;
    for (const row of rows) {
      const event = eventOf(row);
      for (const [name, handler] of handlers.get(event.type) ?? []) {
        try {
          await tx.transaction((sp) => handler(event, { tx: sp, now }));
        } catch {
          retrying += 1;
          await enqueue(tx, {
            kind: RETRY_JOB,
            key: `${event.id}:${name}`,
            payload: { eventId: event.id, handler: name },
            runAt: new Date(now.getTime() + RETRY_BACKOFF_SECONDS * 1000),
          });
        }
      }
    }
    if (rows.length)
      await tx
        .update(caseOutbox)
        .set({ dispatchedAt: now })
        .where(
          inArray(
            caseOutbox.id,
            rows.map((r) => r.id),
          ),
        );
    return { dispatched: rows.length, retrying };
  });
}

let registered = false;

/** The recurring dispatch and the retry of a failed delivery, once per process. */
export function registerCaseEventJobs(): void {
  if (registered) return;
  registered = true;
  registerJob(DISPATCH_JOB, async (_run, { tx, now }) => void (await dispatchCaseEvents(tx, { now })), {
    every: DISPATCH_EVERY_SECONDS,
  });
  registerJob(
    RETRY_JOB,
    async (run, { tx, now }) => {
      const { eventId, handler: name } = run.payload;
      const [row] = await tx
        .select()
        .from(caseOutbox)
        .where(eq(caseOutbox.id, Number(eventId)));
      const handler = row && typeof name === 'string' ? handlers.get(row.eventType)?.get(name) : undefined;
      // A handler no longer registered (or an event deleted) has nothing left to deliver.
      if (!row || !handler) return;
      await handler(eventOf(row), { tx, now });
    },
    { backoffSeconds: RETRY_BACKOFF_SECONDS, maxAttempts: RETRY_MAX_ATTEMPTS },
  );
}
