import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/db';
import { startJobRunner } from './jobs.runner';
import { enqueue, registerJob } from './jobs.service';
import { jobs } from './jobs.tables';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const silent = { info: () => {}, error: () => {} };
const statusOf = async (id: string) =>
  (await database.db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, id)))[0]?.status;

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the job runner', () => {
  it('polls for due jobs, and on stop lets the run in progress finish and then polls no more', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const seen: string[] = [];
    registerJob('runner.test', async (run) => {
      seen.push(run.key);
      if (run.key === 'slow') await gate;
    });

    const runner = startJobRunner(database.db, silent, { intervalMs: 20 });
    const quick = await enqueue(database.db, { kind: 'runner.test', key: 'quick' });
    await until(async () => (await statusOf(quick.id)) === 'done');

    const slow = await enqueue(database.db, { kind: 'runner.test', key: 'slow' });
    await until(async () => seen.includes('slow'));
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await statusOf(slow.id)).toBe('done');

    const after = await enqueue(database.db, { kind: 'runner.test', key: 'after-stop' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await statusOf(after.id)).toBe('queued');
    expect(seen).toEqual(['quick', 'slow']);
  });
});
