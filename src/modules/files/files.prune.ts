import { and, asc, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db/client';
import { appendAudit } from '../audit/audit.service';
import { enqueue } from '../jobs/jobs.service';
import type { FileStore } from './files.store';
import { storedFiles } from './files.tables';

/**
 * Who refers to files. Each module that stores file ids registers a query whose one column is the
 * ids it refers to, so this module never needs to know the other modules' tables and a new owner of
 * file ids only adds a registration next to its own code.
 */
const references = new Map<string, SQL>();

/** Registers (or replaces) the file ids one table or JSON path refers to; `name` says whose they are. */
export function registerFileReferences(name: string, referencedIds: SQL): void {
  references.set(name, referencedIds);
}

/** The job that removes the bytes of deleted rows; it runs only once their delete has committed. */
export const REMOVE_BYTES_JOB = 'files.remove_bytes';

/** Files locked and deleted per sweep: keeps one run, its audit row and its job payload bounded. */
const PRUNE_BATCH = 1000;

export type PruneResult = { files: number; bytes: number; fileIds: string[] };

/**
 * Deletes stored_files rows uploaded before `now - orphanHours` that nothing refers to, audits the
 * sweep, and queues the removal of their bytes in the same transaction: the bytes go only once the
 * delete has committed, as removing them first and then rolling back would leave rows without bytes.
 * Call it inside a transaction.
 */
export async function pruneUnreferencedFiles(
  tx: Db,
  options: { now: Date; orphanHours: number },
): Promise<PruneResult> {
  // Refusing beats deleting every file when the owners' registrations were never loaded.
  if (references.size === 0) throw new Error('no file references registered: refusing to prune uploads');
  const cutoff = new Date(options.now.getTime() - options.orphanHours * 3600 * 1000);
  const referenced = sql.join([...references.values()], sql` union all `);
  const unreferenced = sql`not exists (select 1 from (${referenced}) as referenced(file_id)
    where referenced.file_id = ${storedFiles.id})`;

  // Two statements: lock the candidates, skipping rows another transaction holds (a request that
  // locks a file's row FOR KEY SHARE while attaching it is never pruned under it), then check the
  // references again under a fresh snapshot, which sees every reference committed before the locks.
  const locked = await tx
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(and(lt(storedFiles.createdAt, cutoff), unreferenced))
    .orderBy(asc(storedFiles.createdAt))
    .limit(PRUNE_BATCH)
    .for('update', { skipLocked: true });
  if (locked.length === 0) return { files: 0, bytes: 0, fileIds: [] };
  const deleted = await tx
    .delete(storedFiles)
    .where(
      and(
        inArray(
          storedFiles.id,
          locked.map((r) => r.id),
        ),
        unreferenced,
      ),
    )
    .returning({ id: storedFiles.id, storageKey: storedFiles.storageKey, size: storedFiles.size });
  if (deleted.length === 0) return { files: 0, bytes: 0, fileIds: [] };

  const result: PruneResult = {
    files: deleted.length,
    bytes: deleted.reduce((sum, f) => sum + f.size, 0),
    fileIds: deleted.map((f) => f.id).sort(),
  };
  await enqueue(tx, { kind: REMOVE_BYTES_JOB, payload: { keys: deleted.map((f) => f.storageKey) } });
  await appendAudit(
    tx,
    { actor: null, requestId: null },
    {
      action: 'file.prune',
      entityType: 'file',
      change: { ...result, uploadedBefore: cutoff.toISOString() },
    },
  );
  return result;
}

/** Removes the bytes under each key; a key already gone is not an error, so a rerun is harmless. */
export async function removeStoredBytes(store: FileStore, keys: readonly string[]): Promise<void> {
  for (const key of keys) await store.remove(key);
}
