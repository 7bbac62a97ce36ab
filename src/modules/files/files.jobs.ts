import type { Config } from '../../server/config';
import { registerJob } from '../jobs/jobs.service';
import { pruneUnreferencedFiles, REMOVE_BYTES_JOB, removeStoredBytes } from './files.prune';
import type { FileStore } from './files.store';

const PRUNE_JOB = 'files.prune';
/** Hourly: an orphan outlives its retention by at most an hour, and one sweep handles PRUNE_BATCH files. */
const PRUNE_EVERY_SECONDS = 3600;

let registered = false;

/** Registers the sweep of unreferenced uploads and the removal of their bytes, once per process. */
export function registerFileJobs(config: Config, store: FileStore): void {
  if (registered) return;
  registered = true;
  registerJob(
    PRUNE_JOB,
    async (_run, { tx, now }) => {
      await pruneUnreferencedFiles(tx, { now, orphanHours: config.files.orphanHours });
    },
    { every: PRUNE_EVERY_SECONDS },
  );
  registerJob(REMOVE_BYTES_JOB, async (run) => {
    const { keys } = run.payload;
    if (!Array.isArray(keys) || !keys.every((k): k is string => typeof k === 'string'))
      throw new Error(`${REMOVE_BYTES_JOB}: payload.keys must be a list of storage keys`);
    await removeStoredBytes(store, keys);
  });
}
