import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import { actOk, at, promisedItem, publish, signInAll, takeIn } from '../../../tests/fixtures/cases';
import { jobs } from '../jobs/jobs.tables';
import { runDueJobs, scheduleRecurringJobs } from '../jobs/jobs.service';
import { dispatchCaseEvents, onCaseEvent, RETRY_JOB, type CaseEvent } from './cases.events';
import { caseOutbox } from './cases.tables';

let t: TestApp;
let clerk: Client;
let reviewer: Client;
let implCode: string;

beforeAll(async () => {
  t = await createTestApp();
  let admin: Client;
  [admin, clerk, reviewer] = await signInAll(t, 'admin', 'clerk', 'reviewer');
  implCode = await publish(admin, promisedItem('401'));
});
afterAll(() => t.close());

const seconds = (from: Date, n: number) => new Date(from.getTime() + n * 1000);

/** Takes a case in at the window and walks it through 审查 → 决定 (approve) → delivery. */
async function decidedAndDelivered(): Promise<string> {
  at(t, '2025-09-24');
  let c = await takeIn(clerk, implCode);
  c = await actOk(reviewer, c.id, { action: 'complete_step', version: c.version });
  c = await actOk(reviewer, c.id, { action: 'approve', version: c.version, opinion: '准予许可' });
  c = await actOk(clerk, c.id, { action: 'deliver', version: c.version, method: 'window' });
  return c.id;
}

const TYPES = ['case.submitted', 'case.accepted', 'case.step_completed', 'case.decided', 'case.delivered'];

function recorder(name: string, onlyCases: () => string[], delayMs = 0) {
  const seen: CaseEvent[] = [];
  const off = TYPES.map((type) =>
    onCaseEvent(type, name, async (event) => {
      if (!onlyCases().includes(event.caseId)) return;
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      seen.push(event);
    }),
  );
  return { seen, off: () => off.forEach((f) => f()) };
}

const eventsOf = (caseIds: string[]) =>
  t.database.db
    .select()
    .from(caseOutbox)
    .where(inArray(caseOutbox.caseId, caseIds))
    .orderBy(asc(caseOutbox.id));

describe('outbox dispatch', () => {
  it('dispatches an accepted → decided → delivered case’s events in order, each exactly once', async () => {
    const caseIds: string[] = [];
    const rec = recorder('test.in_order', () => caseIds);
    caseIds.push(await decidedAndDelivered());
    const rows = await eventsOf(caseIds);
    expect(rows.map((r) => r.eventType)).toEqual(TYPES);
    expect(rows.every((r) => r.dispatchedAt === null)).toBe(true);

    const now = new Date();
    const first = await dispatchCaseEvents(t.database.db, { now });
    expect(first).toEqual({ dispatched: 5, retrying: 0 });
    expect(rec.seen.map((e) => e.type)).toEqual(TYPES);
    expect(rec.seen.map((e) => e.id)).toEqual(rows.map((r) => r.id));
    expect(rec.seen[3]?.payload).toMatchObject({ action: 'approve', to: 'approved', decision: 'approved' });
    const after = await eventsOf(caseIds);
    expect(after.every((r) => r.dispatchedAt?.getTime() === now.getTime())).toBe(true);

    // Nothing is left: a second run delivers nothing again.
    expect(await dispatchCaseEvents(t.database.db)).toEqual({ dispatched: 0, retrying: 0 });
    expect(rec.seen).toHaveLength(5);
    rec.off();
  });

  it('retries a failing handler later through a job, without holding up other handlers or events', async () => {
    const caseIds: string[] = [];
    const steady = recorder('test.steady', () => caseIds);
    let failures = 1;
    const flakySeen: number[] = [];
    const offFlaky = onCaseEvent('case.decided', 'test.flaky', async (event) => {
      if (!caseIds.includes(event.caseId)) return;
      if (failures > 0) {
        failures -= 1;
        throw new Error('SMS gateway down');
      }
      flakySeen.push(event.id);
    });
    caseIds.push(await decidedAndDelivered());
    const rows = await eventsOf(caseIds);
    const decided = rows.find((r) => r.eventType === 'case.decided');
    if (!decided) throw new Error('no case.decided event');

    // The recurring dispatch job, as the runner schedules and runs it.
    const now = new Date();
    await scheduleRecurringJobs(t.database.db, now);
    await runDueJobs(t.database.db, { now, limit: 100 });
    expect(steady.seen.map((e) => e.type)).toEqual(TYPES);
    expect(flakySeen).toEqual([]);
    expect((await eventsOf(caseIds)).every((r) => r.dispatchedAt !== null)).toBe(true);
    const retryRow = async () =>
      (
        await t.database.db
          .select()
          .from(jobs)
          .where(and(eq(jobs.kind, RETRY_JOB), eq(jobs.key, `${decided.id}:test.flaky`)))
      )[0];
    expect(await retryRow()).toMatchObject({ status: 'queued', runAt: seconds(now, 30) });

    // Not due yet 29 s later; due at 30 s, when it delivers to the failed handler only.
    await runDueJobs(t.database.db, { now: seconds(now, 29), limit: 100 });
    expect(flakySeen).toEqual([]);
    await runDueJobs(t.database.db, { now: seconds(now, 30), limit: 100 });
    expect(flakySeen).toEqual([decided.id]);
    expect(await retryRow()).toMatchObject({ status: 'done', attempts: 1 });
    expect(steady.seen).toHaveLength(5);
    steady.off();
    offFlaky();
  });

  it('two dispatchers running at once never deliver an event twice', async () => {
    const caseIds: string[] = [];
    const rec = recorder('test.concurrent', () => caseIds, 5);
    at(t, '2025-09-24');
    for (let i = 0; i < 4; i++) caseIds.push((await takeIn(clerk, implCode)).id);
    const rows = await eventsOf(caseIds);
    // Each window intake writes case.submitted and case.accepted.
    expect(rows).toHaveLength(8);
    const [a, b] = await Promise.all([
      dispatchCaseEvents(t.database.db, { limit: 100 }),
      dispatchCaseEvents(t.database.db, { limit: 100 }),
    ]);
    expect((a?.dispatched ?? 0) + (b?.dispatched ?? 0)).toBe(8);
    const ids = rec.seen.map((e) => e.id);
    expect(ids).toHaveLength(8);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.id)));
    rec.off();
  });
});
