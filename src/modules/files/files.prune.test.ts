import fs from 'node:fs/promises';
import path from 'node:path';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/app';
import { actOk, promisedItem, publish, signInAll, submitOnline } from '../../../tests/fixtures/cases';
import { pdfBytes, uploadFile } from '../../../tests/support/files';
import { auditLog } from '../audit/audit.tables';
import { caseActions, caseMaterials } from '../cases/cases.tables';
import { runDueJobs, scheduleRecurringJobs } from '../jobs/jobs.service';
import { jobs } from '../jobs/jobs.tables';
import { REMOVE_BYTES_JOB } from './files.prune';
import { storedFiles } from './files.tables';

let t: TestApp;
let admin: Client;
let citizen: Client;
let reviewer: Client;
let implCode: string;
beforeAll(async () => {
  t = await createTestApp();
  [admin, citizen, reviewer] = await signInAll(t, 'admin', 'citizen', 'reviewer');
  implCode = await publish(admin, promisedItem('601'));
});
afterAll(() => t.close());

const HOUR_MS = 3600 * 1000;

/** Uploads a PDF of exactly `size` bytes as the client; returns its id. */
async function upload(client: Client, size: number): Promise<string> {
  const res = await uploadFile(t, client, {
    data: pdfBytes(size),
    filename: `${size}.pdf`,
    type: 'application/pdf',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return String(res.body.id);
}

/**
 * The job runner's clock, ahead of the real one: each sweep is an hour after the last, when the
 * hourly prune job is due again.
 */
let clock = Date.now();
const nextSweepAt = () => new Date(clock + HOUR_MS);

/** Makes the files look uploaded `hours` hours before the next sweep. */
async function uploadedHoursAgo(ids: string[], hours: number): Promise<void> {
  await t.database.db
    .update(storedFiles)
    .set({ createdAt: new Date(nextSweepAt().getTime() - hours * HOUR_MS) })
    .where(inArray(storedFiles.id, ids));
}

async function rowIds(ids: string[]): Promise<string[]> {
  const rows = await t.database.db
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(inArray(storedFiles.id, ids));
  return rows.map((r) => r.id).sort();
}

async function keyOf(id: string): Promise<string> {
  const [row] = await t.database.db
    .select({ key: storedFiles.storageKey })
    .from(storedFiles)
    .where(eq(storedFiles.id, id));
  if (!row) throw new Error(`no file ${id}`);
  return row.key;
}

const pathOf = (key: string) => path.join(t.config.files.dir, key.slice(0, 2), key.slice(2, 4), key);
const onDisk = (key: string) =>
  fs.access(pathOf(key)).then(
    () => true,
    () => false,
  );

/** An hour later: the runner schedules the recurring kinds (the sweep among them) and runs what is due. */
async function sweep() {
  clock += HOUR_MS;
  const now = new Date(clock);
  await scheduleRecurringJobs(t.database.db, now);
  return runDueJobs(t.database.db, { now, limit: 100 });
}

/** The runner's next poll, at the same time: runs the jobs queued by the last one. */
const runQueued = () => runDueJobs(t.database.db, { now: new Date(clock), limit: 100 });

const pruneAudits = () =>
  t.database.db.select().from(auditLog).where(eq(auditLog.action, 'file.prune')).orderBy(asc(auditLog.seq));
const sorted = (ids: string[]) => [...ids].sort();

describe('the sweep of unreferenced uploads', () => {
  it('keeps files for 48 hours by default', () => {
    expect(t.config.files.orphanHours).toBe(48);
  });

  it('deletes old unreferenced uploads (row, then bytes), and keeps recent ones and referenced ones', async () => {
    const oldA = await upload(citizen, 1000);
    const oldB = await upload(citizen, 2345);
    const recent = await upload(citizen, 1500);
    // Two material files, referenced from case_materials only.
    const submitted = await submitOnline(t, citizen, implCode);
    const materials = await t.database.db
      .select()
      .from(caseMaterials)
      .where(eq(caseMaterials.caseId, submitted.id));
    const materialFiles = materials.flatMap((m) => m.fileIds);
    expect(materialFiles).toHaveLength(2);
    // A reviewer's attachment, referenced from case_actions only.
    const attachment = await upload(reviewer, 1200);
    await actOk(reviewer, submitted.id, {
      action: 'accept',
      version: submitted.version,
      attachments: [attachment],
    });
    const [accepted] = await t.database.db
      .select()
      .from(caseActions)
      .where(and(eq(caseActions.caseId, submitted.id), eq(caseActions.action, 'accept')));
    expect(accepted?.attachments).toEqual([attachment]);

    // 49 hours is past the 48-hour retention; 47 is not.
    await uploadedHoursAgo([oldA, oldB, attachment, ...materialFiles], 49);
    await uploadedHoursAgo([recent], 47);
    const keyA = await keyOf(oldA);
    const keyB = await keyOf(oldB);
    const kept = [recent, attachment, ...materialFiles];
    const keptKeys = await Promise.all(kept.map(keyOf));
    const recentKey = await keyOf(recent);
    // Bytes already gone from disk are no obstacle.
    await fs.rm(pathOf(keyB));

    // The sweep: the rows go and the removal of their bytes is queued; the bytes are still there.
    await sweep();
    expect(await rowIds([oldA, oldB, ...kept])).toEqual(sorted(kept));
    expect(await onDisk(keyA)).toBe(true);
    const [removal] = await t.database.db.select().from(jobs).where(eq(jobs.kind, REMOVE_BYTES_JOB));
    expect(removal).toMatchObject({ status: 'queued' });
    expect(sorted((removal?.payload as { keys: string[] }).keys)).toEqual(sorted([keyA, keyB]));
    // One audit row for the sweep, by the platform: 2 files, 1000 + 2345 = 3345 bytes.
    const audits = await pruneAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: null, actorRole: null, entityType: 'file' });
    expect(audits[0]?.detail).toMatchObject({ files: 2, bytes: 3345, fileIds: sorted([oldA, oldB]) });

    // The next poll: the removal runs after the delete committed; a missing file is not an error.
    await runQueued();
    const [removed] = await t.database.db.select().from(jobs).where(eq(jobs.kind, REMOVE_BYTES_JOB));
    expect(removed).toMatchObject({ status: 'done', attempts: 1, lastError: null });
    expect(await onDisk(keyA)).toBe(false);
    for (const key of keptKeys) expect(await onDisk(key)).toBe(true);

    // The kept case files are still served, their bytes intact.
    for (const id of [...materialFiles, attachment]) {
      expect((await reviewer.get(`/api/v1/cases/${submitted.id}/files/${id}`)).status).toBe(200);
    }
    // An hour later `recent` is exactly 48 hours old: not past the retention, so kept; no audit row.
    await sweep();
    expect(await rowIds(kept)).toEqual(sorted(kept));
    expect(await pruneAudits()).toHaveLength(1);
    // Another hour, 49 hours: it goes, alone; the referenced files stay however old they are.
    await sweep();
    await runQueued();
    expect(await rowIds(kept)).toEqual(sorted([attachment, ...materialFiles]));
    expect(await onDisk(recentKey)).toBe(false);
    expect((await pruneAudits()).map((a) => a.detail)).toEqual([
      expect.objectContaining({ files: 2, bytes: 3345 }),
      expect.objectContaining({ files: 1, bytes: 1500, fileIds: [recent] }),
    ]);
  });

  it('deletes a draft material once the draft drops it and its upload is old', async () => {
    const first = await upload(citizen, 1100);
    const second = await upload(citizen, 1300);
    const draft = await citizen.post<{ id: string; version: number }>('/api/v1/cases', {
      implCode,
      answers: { category: 'hot', applicant: 'self' },
      materials: [{ key: 'application', status: 'received', fileIds: [first] }],
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    await uploadedHoursAgo([first, second], 49);
    await sweep();
    // The draft keeps `first`; `second` was never used.
    expect(await rowIds([first, second])).toEqual([first]);

    const replaced = await citizen.request('PUT', `/api/v1/cases/${draft.body.id}`, {
      body: {
        version: draft.body.version,
        answers: { category: 'hot', applicant: 'self' },
        materials: [],
      },
    });
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200);
    await sweep();
    expect(await rowIds([first])).toEqual([]);
    const audits = await pruneAudits();
    expect(audits.map((a) => a.detail)).toEqual([
      expect.objectContaining({ files: 2, bytes: 3345 }),
      expect.objectContaining({ files: 1, bytes: 1500 }),
      expect.objectContaining({ files: 1, bytes: 1300, fileIds: [second] }),
      expect.objectContaining({ files: 1, bytes: 1100, fileIds: [first] }),
    ]);
  });
});
