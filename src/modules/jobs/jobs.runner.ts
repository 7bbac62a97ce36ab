import type { Db } from '../../server/db/client';
import { pruneFinishedJobs, runDueJobs, scheduleRecurringJobs } from './jobs.service';

export type JobRunner = {
  /** Stops polling and waits for the batch in progress; call it before closing the database. */
  stop(): Promise<void>;
};

type Log = {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

const HOUR_MS = 3600 * 1000;

/**
 * Polls the jobs table every few seconds in this process. Several processes may poll the same
 * database: claims skip each other's rows. Tests do not start it; they call runDueJobs themselves.
 */
export function startJobRunner(
  db: Db,
  log: Log,
  options: { intervalMs?: number; batch?: number } = {},
): JobRunner {
  const intervalMs = options.intervalMs ?? 3000;
  const batch = options.batch ?? 10;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastHousekeeping = 0;

  const tick = async () => {
    try {
      if (Date.now() - lastHousekeeping >= HOUR_MS) {
        lastHousekeeping = Date.now();
        await scheduleRecurringJobs(db);
        const pruned = await pruneFinishedJobs(db);
        if (pruned > 0) log.info({ pruned }, 'old finished jobs deleted');
      }
      // A full batch means more may be due: keep going until a batch comes back short.
      for (;;) {
        const summary = await runDueJobs(db, { limit: batch });
        if (summary.retried > 0 || summary.failed > 0) log.error(summary, 'jobs failed');
        if (stopped || summary.claimed < batch) break;
      }
    } catch (err) {
      log.error({ err }, 'job runner tick failed');
    }
  };

  let current: Promise<void> = Promise.resolve();
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = tick().finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  current = tick().finally(schedule);

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
