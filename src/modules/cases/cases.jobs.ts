import { sql } from 'drizzle-orm';
import type { Config } from '../../server/config';
import { registerFileReferences } from '../files/files.prune';
import { registerJob } from '../jobs/jobs.service';
import { registerCaseEventJobs } from './cases.events';
import { deemAcceptedCases } from './cases.service';
import { caseActions, caseMaterials } from './cases.tables';

const DEEMED_ACCEPTANCE_JOB = 'cases.deemed_acceptance';
/** Art. 32 works in days: an hourly sweep accepts a case within the hour its notice day has passed. */
const DEEMED_ACCEPTANCE_EVERY_SECONDS = 3600;

let registered = false;

/**
 * Registers the case module's recurring jobs, and the uploads its cases keep (drafts' included), so
 * the sweep of unreferenced files leaves them alone; once per process.
 */
export function registerCaseJobs(config: Config): void {
  if (registered) return;
  registered = true;
  registerJob(
    DEEMED_ACCEPTANCE_JOB,
    async (_run, { tx, now }) => {
      await deemAcceptedCases({ db: tx, config: { ...config, now: () => now }, requestId: null });
    },
    { every: DEEMED_ACCEPTANCE_EVERY_SECONDS },
  );
  registerCaseEventJobs();
  // Materials' files (supplements and hand-ins included) and the files attached to actions.
  registerFileReferences(
    'cases.materials',
    sql`select unnest(${caseMaterials.fileIds}) from ${caseMaterials}`,
  );
  registerFileReferences('cases.actions', sql`select unnest(${caseActions.attachments}) from ${caseActions}`);
}
