/**
 * Case operations. Each is one transaction: load the case with its version, ask the workflow,
 * write the new state (conditional on the version), the action row, the paused clock, the outbox
 * event, the applicant's notification and the audit row, or nothing at all.
 */
import { createHash, randomUUID } from 'node:crypto';
import { and, count, eq, getTableColumns, inArray, isNull, lt, notInArray, sql } from 'drizzle-orm';
import type { ItemInput, Material } from '../../shared/catalog.contract';
import {
  CASE_STATUS_LABELS,
  type ActionBody,
  type CaseAction,
  type CaseStatus,
  type CreateCaseBody,
  type DraftBody,
  type IntakeBody,
  type MaterialEntry,
  type UpdateDraftBody,
} from '../../shared/cases.contract';
import { shanghaiDate } from '../../shared/days';
import type { WorkCalendar } from '../../shared/workdays';
import type { Actor, Ctx, SignedInCtx } from '../../server/auth/actor';
import type { Db } from '../../server/db/client';
import { placeholders, prepared } from '../../server/db/prepared';
import { heldInsert, transactionWithTail } from '../../server/db/tail';
import { AppError, fieldError, type ErrorDetail } from '../../server/http/errors';
import type { Localized } from '../../server/http/lang';
import { accounts } from '../accounts/accounts.tables';
import { windows } from '../org/org.tables';
import { getAccountRow } from '../accounts/accounts.service';
import { canonicalJson } from '../audit/audit.chain';
import { appendAudit, type AuditEntry } from '../audit/audit.service';
import { getWorkCalendar } from '../calendar/calendar.service';
import { buildChecklist } from '../catalog/catalog.rules';
import { getPublishedItem } from '../catalog/catalog.service';
import { storedFiles } from '../files/files.tables';
import { notify } from '../notifications/notifications.service';
import { getDepartment } from '../org/org.service';
import { canSee, mayTakeIn, partiesOf } from './cases.access';
import { NO_CLOCK, persistedClock, type PauseFacts } from './cases.clock';
import { itemDepartmentId, pinnedItem, resolveProcess, type ResolvedProcess } from './cases.process';
import {
  caseActions,
  caseBundles,
  caseMaterials,
  caseOutbox,
  casePauses,
  caseRequests,
  cases,
  caseSerials,
} from './cases.tables';
import { decide, type CaseState, type Command, type Party } from './cases.workflow';

export type CaseRow = typeof cases.$inferSelect;
type CaseInsert = typeof cases.$inferInsert;
export type MaterialInsert = typeof caseMaterials.$inferInsert;

/** Art. 32: the working days within which a supplement notice must come. */
const PRE_REVIEW_DAYS = 5;
const DEEMED_ACCEPTANCE_OPINION =
  '依《中华人民共和国行政许可法》第三十二条，逾期未告知补正，自收到申请材料之日起即为受理';

export const todayOf = (ctx: Pick<Ctx, 'config'>) => shanghaiDate(ctx.config.now());

// ---- errors ----

export const versionConflict = () => new AppError('CASE_VERSION_CONFLICT');

export function refusal(d: { status: 403 | 409; code: string; reason: Localized }): AppError {
  return new AppError(
    d.status === 403 ? 'CASE_ACTOR_NOT_ALLOWED' : 'CASE_ACTION_NOT_ALLOWED',
    [{ code: d.code, message: d.reason }],
    d.reason,
  );
}

export const invalid = (details: ErrorDetail[]) => new AppError('VALIDATION_FAILED', details);

// ---- loading ----

const caseById = prepared(
  (db) =>
    db
      .select()
      .from(cases)
      .where(eq(cases.id, sql.placeholder('id'))),
  cases,
);

export async function loadCase(db: Db, id: string): Promise<CaseRow> {
  const [row] = await caseById(db, { id });
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * What a case's summary shows besides its row, as subqueries of a select from cases. Qualified by
 * hand: Drizzle leaves a selection's columns bare, and a bare "id" in a subquery is the inner table's.
 */
const SEEN = {
  departmentName: sql<string>`(select d.name from departments d where d.id = cases.department_id)`,
  assigneeName: sql<
    string | null
  >`(select a.display_name from accounts a where a.id = cases.assignee_account_id)`,
  pauses: sql<
    PauseFacts[]
  >`(select coalesce(json_agg(json_build_object('fromDay', p.from_day, 'toDay', p.to_day)
    order by p.from_day), '[]'::json) from case_pauses p where p.case_id = cases.id)`,
};

/** The case and the pauses its clock counts, in one read: the first statement of an action. */
const CASE_WITH_PAUSES = { ...getTableColumns(cases), pauses: SEEN.pauses };
const caseWithPausesById = prepared(
  (db) =>
    db
      .select(CASE_WITH_PAUSES)
      .from(cases)
      .where(eq(cases.id, sql.placeholder('id'))),
  CASE_WITH_PAUSES,
);

async function loadCaseWithPauses(db: Db, id: string): Promise<CaseRow & { pauses: PauseFacts[] }> {
  const [row] = await caseWithPausesById(db, { id });
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

const materialsOfCase = prepared(
  (db) =>
    db
      .select()
      .from(caseMaterials)
      .where(eq(caseMaterials.caseId, sql.placeholder('caseId'))),
  caseMaterials,
);

/** The case's checklist as received so far. */
export function materialsOf(db: Db, caseId: string): Promise<(typeof caseMaterials.$inferSelect)[]> {
  return materialsOfCase(db, { caseId });
}

/** A material accepted on the applicant's promise (容缺) and not handed in yet, if any. */
const toleratedMaterial = prepared(
  (db) =>
    db
      .select({ name: caseMaterials.name })
      .from(caseMaterials)
      .where(and(eq(caseMaterials.caseId, sql.placeholder('caseId')), eq(caseMaterials.status, 'tolerated')))
      .limit(1),
  { name: caseMaterials.name },
);

const seenById = prepared(
  (db) =>
    db
      .select(SEEN)
      .from(cases)
      .where(eq(cases.id, sql.placeholder('id'))),
  SEEN,
);

/** The names and pauses a case's summary shows, in one read. */
export async function seenOf(db: Db, id: string): Promise<Seen> {
  const [seen] = await seenById(db, { id });
  if (!seen) throw new AppError('NOT_FOUND');
  return seen;
}

const pausesById = prepared(
  (db) =>
    db
      .select({ pauses: SEEN.pauses })
      .from(cases)
      .where(eq(cases.id, sql.placeholder('id'))),
  { pauses: SEEN.pauses },
);

/** The case, if the caller may see it; anyone else's case is simply not found. */
export async function visibleCase(ctx: SignedInCtx, id: string): Promise<CaseRow> {
  const row = await loadCase(ctx.db, id);
  if (!canSee(ctx.actor, row)) throw new AppError('NOT_FOUND');
  return row;
}

export async function caseProcess(
  db: Db,
  c: CaseRow,
): Promise<{ item: ItemInput; process: ResolvedProcess }> {
  const item = await pinnedItem(db, c.itemId, c.itemVersion);
  return { item, process: await resolveProcess(db, item, c.departmentId) };
}

export function workflowState(c: CaseRow, process: ResolvedProcess, ctx: Pick<Ctx, 'config'>): CaseState {
  return {
    status: c.status,
    resumeStatus: c.resumeStatus,
    accepted: c.acceptedDay !== null,
    stepIndex: c.stepIndex,
    stepCount: process.steps.length,
    supplementNoticeInPhase: c.supplementNoticed,
    extensionDays: c.extensionDays,
    // The epsilon keeps a product such as 0.29 × 100 (28.999…) from flooring one day short.
    maxExtensionDays: Math.floor(c.statutoryDays * ctx.config.cases.extensionRatio + 1e-9),
    specialProcedures: process.specialProcedures,
  };
}

// ---- materials ----

export type Checklist = { materials: Material[]; unanswered: string[] };

export function checklistOf(item: ItemInput, answers: Record<string, string>): Checklist {
  const result = buildChecklist(item, answers);
  if ('invalid' in result) throw invalid(result.invalid.map((i) => ({ ...i, code: 'ANSWER_UNKNOWN' })));
  return result;
}

function requireAnswered(checklist: Checklist): void {
  if (checklist.unanswered.length) {
    throw invalid(
      checklist.unanswered.map((q) => ({
        field: `answers.${q}`,
        code: 'ANSWER_REQUIRED',
        message: { zh: '请回答此问题', en: 'Answer this question' },
      })),
    );
  }
}

/** Every file named must be one the acting account uploaded. */
export async function assertOwnFiles(
  db: Db,
  actor: Actor,
  ids: readonly string[],
  field: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const rows = await db
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(and(inArray(storedFiles.id, unique), eq(storedFiles.uploadedBy, actor.accountId)))
    // Inside a transaction the lock is held until commit, so the sweep of unreferenced uploads skips
    // a file being attached right then. The checks made before a case number is taken (so that a
    // refusal leaves no gap in the numbers) run outside one and hold nothing.
    .for('key share');
  const missing = unique.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) {
    throw invalid([
      {
        field,
        code: 'FILE_UNKNOWN',
        message: {
          zh: '引用的文件不存在或不是您上传的',
          en: 'A referenced file does not exist or is not yours',
        },
        fileIds: missing,
      },
    ]);
  }
}

type MaterialMode = 'online' | 'window';

/** The case's checklist rows from the entries given; entries must name checklist materials. */
function materialRows(
  checklist: Checklist,
  entries: readonly MaterialEntry[],
  mode: MaterialMode,
  today: string,
): Omit<MaterialInsert, 'caseId' | 'regionCode'>[] {
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const at = `materials.${i}`;
    if (!checklist.materials.some((m) => m.key === e.key))
      details.push({
        field: `${at}.key`,
        code: 'MATERIAL_NOT_IN_CHECKLIST',
        message: { zh: '该材料不在本次申请的材料清单中', en: 'This material is not on the checklist' },
      });
    if (seen.has(e.key))
      details.push({
        field: `${at}.key`,
        code: 'MATERIAL_DUPLICATE',
        message: { zh: '材料重复', en: 'Material listed twice' },
      });
    seen.add(e.key);
    if (e.status === 'tolerated' && checklist.materials.find((m) => m.key === e.key)?.essential)
      details.push({
        field: `${at}.status`,
        code: 'MATERIAL_NOT_TOLERABLE',
        message: {
          zh: '关键材料不适用容缺受理，请补正',
          en: 'A key material cannot be accepted as tolerated; ask for a supplement',
        },
      });
    if (mode === 'online' && e.status === 'tolerated')
      details.push({
        field: `${at}.status`,
        code: 'MATERIAL_TOLERATED_AT_WINDOW',
        message: { zh: '容缺受理由窗口办理', en: 'Only a window accepts a material as tolerated' },
      });
    if (mode === 'online' && e.status === 'received' && e.fileIds.length === 0)
      details.push({
        field: `${at}.fileIds`,
        code: 'MATERIAL_FILE_REQUIRED',
        message: { zh: '请上传该材料', en: 'Upload this material' },
      });
    if (e.promise && e.promise.due < today)
      details.push({
        field: `${at}.promise.due`,
        code: 'PROMISE_DUE_PAST',
        message: { zh: '承诺补交日期不能早于今天', en: 'The promised day cannot be in the past' },
      });
  });
  if (details.length) throw invalid(details);
  return checklist.materials.map((m) => {
    const e = entries.find((x) => x.key === m.key);
    return {
      materialKey: m.key,
      name: m.name,
      requirement: m.requirement,
      status: e?.status ?? 'missing',
      promiseText: e?.promise?.text ?? null,
      promiseDue: e?.promise?.due ?? null,
      fileIds: e?.fileIds ?? [],
    };
  });
}

const statusError = (
  rows: readonly { materialKey: string; name: string; status: string }[],
  bad: (s: string) => boolean,
  zh: string,
  en: string,
) => {
  const wrong = rows.filter((r) => bad(r.status));
  if (wrong.length) {
    throw invalid(
      wrong.map((r) => ({
        field: 'materials',
        code: 'MATERIAL_MISSING',
        key: r.materialKey,
        message: { zh: `${zh}：${r.name}`, en: `${en}: ${r.name}` },
      })),
    );
  }
};

/** Online submission: every material on the checklist uploaded. */
const requireAllReceived = (rows: readonly { materialKey: string; name: string; status: string }[]) =>
  statusError(rows, (s) => s !== 'received', '尚未上传材料', 'Material not uploaded');
/** Acceptance: every material received, or tolerated on a written promise (容缺受理). */
const requireAcceptable = (rows: readonly { materialKey: string; name: string; status: string }[]) =>
  statusError(rows, (s) => s === 'missing', '材料缺失，请补正或容缺受理', 'Material missing');

function allFileIds(rows: readonly { fileIds?: string[] | null }[]): string[] {
  return rows.flatMap((r) => r.fileIds ?? []);
}

// ---- case numbers and idempotency ----

/**
 * implCode + YYYYMMDD + 4-digit serial; the counter row is upserted, so concurrent intakes never
 * collide. Call it on `ctx.db` before the submission's transaction opens: the upsert then commits on
 * its own and holds the (implCode, day) row only for itself, not until the submission commits
 * behind the audit chain, which serialised every submission of one item. The price is gaps: a
 * submission that fails after taking its number burns it.
 */
export async function nextCaseNo(db: Db, implCode: string, day: string): Promise<string> {
  const [row] = await db
    .insert(caseSerials)
    .values({ implCode, day, last: 1 })
    .onConflictDoUpdate({
      target: [caseSerials.implCode, caseSerials.day],
      set: { last: sql`${caseSerials.last} + 1` },
    })
    .returning({ last: caseSerials.last });
  if (!row) throw new Error('case serial upsert returned nothing');
  return `${implCode}${day.replaceAll('-', '')}${String(row.last).padStart(4, '0')}`;
}

export const requestHash = (route: string, body: unknown) =>
  createHash('sha256').update(canonicalJson({ route, body })).digest('hex');

/**
 * Claims the Idempotency-Key for this case inside the transaction, before anything is written. A
 * concurrent request with the same key waits on the key row and then finds it: it returns the case
 * the first one made (same request) or is refused (a different request under the same key).
 */
export async function claimKey(
  tx: Db,
  actor: Actor,
  key: string | undefined,
  hash: string,
  caseId: string,
  regionCode: string | null,
): Promise<string | null> {
  if (!key) return null;
  const [claimed] = await tx
    .insert(caseRequests)
    .values({ accountId: actor.accountId, key, requestHash: hash, caseId, regionCode })
    .onConflictDoNothing()
    .returning({ caseId: caseRequests.caseId });
  if (claimed) return null;
  const [existing] = await tx
    .select()
    .from(caseRequests)
    .where(and(eq(caseRequests.accountId, actor.accountId), eq(caseRequests.key, key)));
  if (!existing || existing.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return existing.caseId;
}

/** The case a key already stands for, read before any work (a retry after the first one committed). */
export async function replayedCase(
  ctx: SignedInCtx,
  key: string | undefined,
  hash: string,
): Promise<string | null> {
  if (!key) return null;
  const [existing] = await ctx.db
    .select()
    .from(caseRequests)
    .where(and(eq(caseRequests.accountId, ctx.actor.accountId), eq(caseRequests.key, key)));
  if (!existing) return null;
  if (existing.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return existing.caseId;
}

// ---- writing a transition ----

export type Env = {
  ctx: Pick<Ctx, 'db' | 'config' | 'actor' | 'requestId'>;
  cal: WorkCalendar;
  today: string;
  now: Date;
  /** Audit rows of the operation, appended last in its transaction so the chain's lock is held briefly. */
  audits: AuditEntry[];
};

/**
 * One transaction per operation: its changes, then its audit rows. What it only records (actions,
 * outbox events, notifications, audit rows) goes out together at its end.
 */
export async function inTransaction<T>(env: Env, fn: (tx: Db) => Promise<T>): Promise<T> {
  return transactionWithTail(env.ctx.db, async (tx) => {
    env.audits = [];
    const result = await fn(tx);
    for (const entry of env.audits) await appendAudit(tx, env.ctx, entry);
    return result;
  });
}

type Effects = {
  patch?: Partial<CaseInsert>;
  openPause?: { kind: string; reason: string };
  closePause?: boolean;
  materials?: Omit<MaterialInsert, 'caseId' | 'regionCode'>[];
  opinion?: string | null;
  attachments?: string[];
  detail?: Record<string, unknown>;
};

const OUTBOX_EVENTS: Record<CaseAction, string> = {
  submit: 'case.submitted',
  accept: 'case.accepted',
  refuse: 'case.refused',
  request_supplement: 'case.supplement_requested',
  supplement: 'case.supplemented',
  hand_in: 'case.material_handed_in',
  complete_step: 'case.step_completed',
  return_to_step: 'case.step_returned',
  transfer: 'case.transferred',
  start_special: 'case.special_started',
  end_special: 'case.special_ended',
  extend: 'case.extended',
  approve: 'case.decided',
  deny: 'case.decided',
  deliver: 'case.delivered',
  withdraw: 'case.withdrawn',
};

async function pausesOf(tx: Db, id: string): Promise<PauseFacts[]> {
  const [row] = await pausesById(tx, { id });
  return row?.pauses ?? [];
}

/** The applicant (and the agent who filed for them) hear of every status change. */
async function notifyStatus(
  tx: Db,
  c: CaseRow,
  to: CaseStatus,
  opinion: string | null | undefined,
): Promise<void> {
  const label = CASE_STATUS_LABELS[to];
  const recipients = [c.applicantAccountId, c.agentAccountId].filter((id): id is string => id !== null);
  const no = c.caseNo ?? '';
  for (const accountId of new Set(recipients)) {
    await notify(tx, {
      accountId,
      regionCode: c.regionCode,
      caseId: c.id,
      title: { zh: `办件${label.zh}：${c.itemName}`, en: `Case ${label.en.toLowerCase()}: ${c.itemName}` },
      body: {
        zh: `您的办件 ${no}（${c.itemName}）当前状态：${label.zh}。${opinion ? `意见：${opinion}` : ''}`,
        en: `Your case ${no} (${c.itemName}) is now: ${label.en}.${opinion ? ` Opinion: ${opinion}` : ''}`,
      },
    });
  }
}

/** Every column the case's owner may change, so one prepared statement serves every transition. */
const CHANGEABLE_CASE_COLUMNS = Object.keys(getTableColumns(cases)).filter(
  (key) => key !== 'id' && key !== 'createdAt',
) as (keyof CaseInsert)[];

/** The row as written, and the names its summary shows, so that the answer to the write reads nothing. */
const WRITTEN_CASE = {
  ...getTableColumns(cases),
  departmentName: SEEN.departmentName,
  assigneeName: SEEN.assigneeName,
};

/** What a case's summary shows besides its row. */
export type Seen = { departmentName: string; assigneeName: string | null; pauses: readonly PauseFacts[] };
export type Transition = { row: CaseRow; seen: Seen };

/** The whole row as the transition leaves it, written only if its version is still the one read. */
const updateCaseRow = prepared(
  (db) =>
    db
      .update(cases)
      .set(placeholders(cases, CHANGEABLE_CASE_COLUMNS))
      .where(and(eq(cases.id, sql.placeholder('id')), eq(cases.version, sql.placeholder('expectedVersion'))))
      .returning(WRITTEN_CASE),
  WRITTEN_CASE,
);

/**
 * Writes one decided transition. The conditional UPDATE comes first: of two concurrent actions on
 * one version, the second waits for the first's row lock, then matches nothing and is refused.
 * `pausesRead` are the case's pauses if they were read with it; a pause changes only with a new
 * version, so they are still the case's if the UPDATE matches.
 */
async function writeTransition(
  tx: Db,
  env: Env,
  c: CaseRow,
  action: CaseAction,
  next: CaseStatus,
  stepIndex: number,
  stepKey: string | null,
  effects: Effects,
  pausesRead?: readonly PauseFacts[],
): Promise<Transition> {
  const { today, now } = env;
  const patch = effects.patch ?? {};
  const facts = { ...c, ...patch };
  let pauses: PauseFacts[] | null = null;
  if (facts.acceptedDay) {
    pauses = (pausesRead ?? (await pausesOf(tx, c.id))).map((p) => ({
      fromDay: p.fromDay,
      toDay: p.toDay === null && effects.closePause ? today : p.toDay,
    }));
    if (effects.openPause) pauses.push({ fromDay: today, toDay: null });
  }
  const clock =
    facts.acceptedDay && pauses ? persistedClock(env.cal, env.ctx.config, facts, pauses, today) : NO_CLOCK;
  // The handler is a reviewer of the acting department: when the case moves on, nobody holds it.
  const moved = facts.currentDepartmentId !== c.currentDepartmentId ? { assigneeAccountId: null } : {};
  const row: CaseRow = {
    ...c,
    ...moved,
    ...clock,
    status: next,
    stepIndex,
    version: c.version + 1,
    updatedAt: now,
  };
  for (const [key, value] of Object.entries(patch))
    if (value !== undefined) Object.assign(row, { [key]: value });
  const [written] = await updateCaseRow(tx, { ...row, expectedVersion: c.version });
  if (!written) throw versionConflict();
  const { departmentName, assigneeName, ...updated } = written;

  if (effects.closePause)
    await tx
      .update(casePauses)
      .set({ toDay: today })
      .where(and(eq(casePauses.caseId, c.id), isNull(casePauses.toDay)));
  if (effects.openPause)
    await tx
      .insert(casePauses)
      .values({ caseId: c.id, regionCode: c.regionCode, fromDay: today, ...effects.openPause });
  if (effects.materials?.length) {
    for (const m of effects.materials) {
      await tx
        .insert(caseMaterials)
        .values({ ...m, caseId: c.id, regionCode: c.regionCode, updatedAt: now })
        .onConflictDoUpdate({
          target: [caseMaterials.caseId, caseMaterials.materialKey],
          set: {
            status: m.status,
            promiseText: m.promiseText ?? null,
            promiseDue: m.promiseDue ?? null,
            fileIds: m.fileIds ?? [],
            updatedAt: now,
          },
        });
    }
  }
  await recordAction(tx, env, updated, action, c.status, next, stepKey, effects);
  if (next !== c.status || action === 'submit') await notifyStatus(tx, updated, next, effects.opinion);
  if (updated.parentId && HAS_RESULT.includes(next)) await completeBundleIfDone(tx, env, updated.parentId);
  env.audits.push({
    action: `case.${action}`,
    entityType: 'case',
    entityId: c.id,
    regionCode: c.regionCode,
    change: {
      caseNo: updated.caseNo,
      from: c.status,
      to: next,
      opinion: effects.opinion ?? null,
      ...effects.detail,
    },
  });
  return { row: updated, seen: { departmentName, assigneeName, pauses: pauses ?? [] } };
}

/** Statuses in which a case has its result (a decision, a refusal, a withdrawal). */
const HAS_RESULT: readonly CaseStatus[] = ['approved', 'denied', 'refused', 'withdrawn'];

/**
 * A bundle application is complete when every child has its result. The parent row is locked
 * first, so that of two children decided at once the later one sees the other's result.
 */
async function completeBundleIfDone(tx: Db, env: Env, parentId: string): Promise<void> {
  const [parent] = await tx.select().from(caseBundles).where(eq(caseBundles.id, parentId)).for('update');
  if (!parent || parent.status === 'completed') return;
  const [pending] = await tx
    .select({ n: count() })
    .from(cases)
    .where(
      and(
        eq(cases.parentId, parentId),
        isNull(cases.decidedDay),
        notInArray(cases.status, ['refused', 'withdrawn']),
      ),
    );
  if ((pending?.n ?? 0) > 0) return;
  await tx
    .update(caseBundles)
    .set({ status: 'completed', completedAt: env.now })
    .where(eq(caseBundles.id, parentId));
  await tx.insert(caseOutbox).values({
    regionCode: parent.regionCode,
    caseId: parent.id,
    eventType: 'bundle.completed',
    payload: { bundleCaseId: parent.id, bundleCode: parent.bundleCode, at: env.now.toISOString() },
  });
  await notify(tx, {
    accountId: parent.applicantAccountId,
    regionCode: parent.regionCode,
    caseId: null,
    title: { zh: `一件事已办结：${parent.bundleName}`, en: `Bundle completed: ${parent.bundleName}` },
    body: {
      zh: `您申请的“${parent.bundleName}”各事项均已办结，请查看各事项的办理结果。`,
      en: `Every item of "${parent.bundleName}" has its result; see each item for it.`,
    },
  });
  env.audits.push({
    action: 'case.bundle_complete',
    entityType: 'case_bundle',
    entityId: parent.id,
    regionCode: parent.regionCode,
    change: { bundleCode: parent.bundleCode },
  });
}

const insertAction = heldInsert(caseActions, [
  'caseId',
  'regionCode',
  'action',
  'actorId',
  'actorRole',
  'fromStatus',
  'toStatus',
  'stepKey',
  'opinion',
  'attachments',
  'detail',
  'at',
]);
const insertOutbox = heldInsert(caseOutbox, ['regionCode', 'caseId', 'eventType', 'payload']);

async function recordAction(
  tx: Db,
  env: Env,
  c: CaseRow,
  action: CaseAction,
  from: CaseStatus,
  to: CaseStatus,
  stepKey: string | null,
  effects: Effects,
): Promise<void> {
  const actor = env.ctx.actor;
  await insertAction(tx, {
    caseId: c.id,
    regionCode: c.regionCode,
    action,
    actorId: actor?.accountId ?? null,
    actorRole: actor?.role ?? 'system',
    fromStatus: from,
    toStatus: to,
    stepKey,
    opinion: effects.opinion ?? null,
    attachments: effects.attachments ?? [],
    detail: effects.detail ?? {},
    at: env.now,
  });
  await insertOutbox(tx, {
    regionCode: c.regionCode,
    caseId: c.id,
    eventType: OUTBOX_EVENTS[action],
    payload: {
      caseId: c.id,
      caseNo: c.caseNo,
      implCode: c.implCode,
      action,
      from,
      to,
      decision: c.decision,
      applicantAccountId: c.applicantAccountId,
      at: env.now.toISOString(),
    },
  });
}

export async function environment(ctx: Pick<Ctx, 'db' | 'config' | 'actor' | 'requestId'>): Promise<Env> {
  const now = ctx.config.now();
  return { ctx, cal: await getWorkCalendar(ctx.db), today: shanghaiDate(now), now, audits: [] };
}

// ---- online: drafts and submission ----

export async function onlineApplicant(ctx: SignedInCtx) {
  const account = await getAccountRow(ctx.db, ctx.actor.accountId);
  const org = account.role === 'enterprise';
  return {
    applicantKind: org ? ('org' as const) : ('person' as const),
    applicantAccountId: account.id,
    applicantName: account.displayName,
    applicantIdNumber: org ? null : account.idNumber,
    applicantCreditCode: org ? account.creditCode : null,
    applicantPhone: account.phone,
  };
}

export async function publishedForCase(ctx: Ctx, implCode: string) {
  const published = await getPublishedItem(ctx, implCode).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND')
      throw fieldError('implCode', 'ITEM_UNKNOWN', {
        zh: '事项不存在或未发布',
        en: 'No such published item',
      });
    throw err;
  });
  const item = published.item;
  return {
    itemId: published.id,
    version: published.version,
    item,
    departmentId: await itemDepartmentId(ctx.db, item),
  };
}

async function validateOnlineMaterials(ctx: SignedInCtx, item: ItemInput, body: DraftBody, today: string) {
  const checklist = checklistOf(item, body.answers);
  const rows = materialRows(checklist, body.materials, 'online', today);
  await assertOwnFiles(ctx.db, ctx.actor, allFileIds(rows), 'materials');
  return { checklist, rows };
}

/** Fields a submission sets: its number (from `nextCaseNo`), its receipt, and the Art. 32 day for the pre-review. */
function submissionFields(env: Env, caseNo: string) {
  return {
    caseNo,
    receivedAt: env.now,
    awaitingSince: env.today,
    preReviewDue: env.cal.addWorkingDays(env.today, PRE_REVIEW_DAYS),
  };
}

/**
 * What a write did. `row` is the case as written and `seen` the rest of its summary, when the
 * operation has them, to spare re-reads.
 */
export type Written = { caseId: string; replayed: boolean; row?: CaseRow; seen?: Seen };

/** POST /api/v1/cases: a new draft, or a submission in one go (then idempotent by key). */
export async function createCase(ctx: SignedInCtx, body: CreateCaseBody, key?: string): Promise<Written> {
  const hash = requestHash('POST /cases', body);
  if (body.submit) {
    const replay = await replayedCase(ctx, key, hash);
    if (replay) return { caseId: replay, replayed: true };
  }
  const env = await environment(ctx);
  const published = await publishedForCase(ctx, body.implCode);
  const { checklist, rows } = await validateOnlineMaterials(ctx, published.item, body, env.today);
  if (body.submit) {
    requireAnswered(checklist);
    requireAllReceived(rows);
  }
  const applicant = await onlineApplicant(ctx);
  const id = randomUUID();
  const caseNo = body.submit ? await nextCaseNo(ctx.db, published.item.implCode, env.today) : null;
  return inTransaction(env, async (tx) => {
    if (body.submit) {
      const existing = await claimKey(tx, ctx.actor, key, hash, id, published.item.regionCode);
      if (existing) return { caseId: existing, replayed: true };
    }
    const draft = await insertCase(tx, env, {
      id,
      ...caseBasics(published),
      ...applicant,
      channel: 'online',
      status: 'draft',
      answers: body.answers,
      form: body.form,
      createdBy: ctx.actor.accountId,
    });
    await insertMaterials(tx, draft, rows);
    if (caseNo === null) {
      env.audits.push({
        action: 'case.draft_save',
        entityType: 'case',
        entityId: id,
        regionCode: draft.regionCode,
        change: { implCode: body.implCode },
      });
      return { caseId: id, replayed: false };
    }
    return { caseId: id, replayed: false, ...(await submitDraft(tx, env, draft, rows, caseNo)) };
  });
}

export async function submitDraft(
  tx: Db,
  env: Env,
  draft: CaseRow,
  rows: readonly { fileIds?: string[] | null }[],
  caseNo: string,
): Promise<Transition> {
  const d = decide(stateBeforeProcess(draft), { action: 'submit' }, partiesOf(env.ctx.actor, draft));
  if (!d.ok) throw refusal(d);
  return writeTransition(tx, env, draft, 'submit', d.next, 0, null, {
    patch: submissionFields(env, caseNo),
    attachments: allFileIds(rows),
    detail: { channel: draft.channel },
  });
}

/** Submitting a draft does not depend on the process. */
function stateBeforeProcess(c: CaseRow): CaseState {
  return {
    status: c.status,
    resumeStatus: c.resumeStatus,
    accepted: c.acceptedDay !== null,
    stepIndex: 0,
    stepCount: 1,
    supplementNoticeInPhase: c.supplementNoticed,
    extensionDays: c.extensionDays,
    maxExtensionDays: 0,
    specialProcedures: [],
  };
}

export function caseBasics(published: Awaited<ReturnType<typeof publishedForCase>>) {
  const { item } = published;
  return {
    regionCode: item.regionCode,
    itemId: published.itemId,
    itemVersion: published.version,
    implCode: item.implCode,
    itemName: item.name,
    caseType: item.caseType,
    departmentId: published.departmentId,
    currentDepartmentId: published.departmentId,
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
  };
}

export async function insertCase(tx: Db, env: Env, values: CaseInsert): Promise<CaseRow> {
  const [row] = await tx
    .insert(cases)
    .values({ ...values, createdAt: env.now, updatedAt: env.now })
    .returning();
  if (!row) throw new Error('case insert returned nothing');
  return row;
}

export async function insertMaterials(
  tx: Db,
  c: CaseRow,
  rows: readonly Omit<MaterialInsert, 'caseId' | 'regionCode'>[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(caseMaterials).values(rows.map((r) => ({ ...r, caseId: c.id, regionCode: c.regionCode })));
}

/** PUT /api/v1/cases/:id: the applicant edits their draft; the checklist follows the answers. */
export async function updateDraft(ctx: SignedInCtx, id: string, body: UpdateDraftBody): Promise<Written> {
  const env = await environment(ctx);
  const current = await visibleCase(ctx, id);
  if (current.applicantAccountId !== ctx.actor.accountId) throw new AppError('NOT_FOUND');
  if (current.status !== 'draft')
    throw new AppError('CASE_ACTION_NOT_ALLOWED', [
      { code: 'CASE_NOT_DRAFT', message: { zh: '只能修改草稿', en: 'Only a draft can be edited' } },
    ]);
  const item = await pinnedItem(ctx.db, current.itemId, current.itemVersion);
  const { rows } = await validateOnlineMaterials(
    ctx,
    item,
    { ...body, implCode: current.implCode },
    env.today,
  );
  return inTransaction(env, async (tx) => {
    const [updated] = await tx
      .update(cases)
      .set({ answers: body.answers, form: body.form, version: current.version + 1, updatedAt: env.now })
      .where(and(eq(cases.id, id), eq(cases.version, body.version), eq(cases.status, 'draft')))
      .returning();
    if (!updated) throw versionConflict();
    await tx.delete(caseMaterials).where(eq(caseMaterials.caseId, id));
    await insertMaterials(tx, updated, rows);
    env.audits.push({
      action: 'case.draft_save',
      entityType: 'case',
      entityId: id,
      regionCode: updated.regionCode,
      change: { version: updated.version },
    });
    return { caseId: id, replayed: false };
  });
}

/** POST /api/v1/cases/:id/submit: the draft goes to pre-review; idempotent by key. */
export async function submitCase(
  ctx: SignedInCtx,
  id: string,
  version: number,
  key?: string,
): Promise<Written> {
  const hash = requestHash(`POST /cases/${id}/submit`, { version });
  const replay = await replayedCase(ctx, key, hash);
  if (replay) return { caseId: replay, replayed: true };
  const env = await environment(ctx);
  const current = await visibleCase(ctx, id);
  if (current.version !== version) throw versionConflict();
  const item = await pinnedItem(ctx.db, current.itemId, current.itemVersion);
  const checklist = checklistOf(item, current.answers);
  requireAnswered(checklist);
  const rows = await materialsOf(ctx.db, id);
  requireAllReceived(rows);
  const caseNo = await nextCaseNo(ctx.db, current.implCode, env.today);
  return inTransaction(env, async (tx) => {
    const existing = await claimKey(tx, ctx.actor, key, hash, id, current.regionCode);
    if (existing) return { caseId: existing, replayed: true };
    return { caseId: id, replayed: false, ...(await submitDraft(tx, env, current, rows, caseNo)) };
  });
}

// ---- window and agent intake ----

async function findApplicantAccount(db: Db, applicant: IntakeBody['applicant']): Promise<string | null> {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(
      applicant.kind === 'person'
        ? and(eq(accounts.idNumber, applicant.idNumber), eq(accounts.role, 'citizen'))
        : and(eq(accounts.creditCode, applicant.creditCode), eq(accounts.role, 'enterprise')),
    );
  return row?.id ?? null;
}

const INTAKE_DECISION: Record<'accept' | 'refuse' | 'supplement', Command> = {
  accept: { action: 'accept' },
  refuse: { action: 'refuse' },
  supplement: { action: 'request_supplement' },
};

/**
 * POST /api/v1/cases/intake. A clerk at a general window takes in any item of any department for a
 * walk-in applicant and decides on the spot; a village agent files for a resident, for pre-review.
 */
/**
 * A general window (综合窗口) takes in any department's items; a dedicated one (专窗) only its own
 * department's. A clerk with no window (a back-office account) is not limited here.
 */
async function assertWindowTakesIn(ctx: SignedInCtx, departmentId: string): Promise<void> {
  if (ctx.actor.role !== 'clerk') return;
  const [window] = await ctx.db
    .select({ kind: windows.kind, departmentId: windows.departmentId, name: windows.name })
    .from(accounts)
    .innerJoin(windows, eq(windows.id, accounts.windowId))
    .where(eq(accounts.id, ctx.actor.accountId));
  if (window?.kind === 'dedicated' && window.departmentId !== departmentId)
    throw new AppError('INTAKE_DEDICATED_WINDOW', [], {
      zh: `${window.name}只受理本部门的事项，请引导申请人到综合受理窗口`,
      en: `${window.name} takes in only its own department's items; send the applicant to a general window`,
    });
}

export async function intake(ctx: SignedInCtx, body: IntakeBody, key?: string): Promise<Written> {
  const hash = requestHash('POST /cases/intake', body);
  const replay = await replayedCase(ctx, key, hash);
  if (replay) return { caseId: replay, replayed: true };
  const isAgent = ctx.actor.role === 'agent';
  if (isAgent !== (body.decision === 'submit')) {
    throw fieldError(
      'decision',
      isAgent ? 'AGENT_SUBMITS_ONLY' : 'WINDOW_DECIDES',
      isAgent
        ? {
            zh: '代办员只能提交申请，由窗口或部门受理',
            en: 'An agent submits; a window or the department accepts',
          }
        : {
            zh: '窗口应当场受理、不予受理或一次性告知补正',
            en: 'A window accepts, refuses or issues a supplement notice',
          },
    );
  }
  if (body.decision === 'refuse' && !body.opinion)
    throw fieldError('opinion', 'REASON_REQUIRED', {
      zh: '不予受理应当说明理由',
      en: 'A refusal needs its reason',
    });
  const env = await environment(ctx);
  const published = await publishedForCase(ctx, body.implCode);
  if (!mayTakeIn(ctx.actor, published.item.regionCode)) throw new AppError('OUT_OF_SCOPE');
  await assertWindowTakesIn(ctx, published.departmentId);
  const checklist = checklistOf(published.item, body.answers);
  requireAnswered(checklist);
  const rows = materialRows(checklist, body.materials, 'window', env.today);
  await assertOwnFiles(ctx.db, ctx.actor, allFileIds(rows), 'materials');
  const missing = rows.filter((r) => r.status === 'missing');
  if (body.decision === 'accept') requireAcceptable(rows);
  if (body.decision === 'supplement' && missing.length === 0)
    throw fieldError('decision', 'NOTHING_MISSING', {
      zh: '材料齐全，无需补正',
      en: 'Nothing is missing; there is nothing to supplement',
    });
  const applicantAccountId = await findApplicantAccount(ctx.db, body.applicant);
  const id = randomUUID();
  const caseNo = await nextCaseNo(ctx.db, published.item.implCode, env.today);

  return inTransaction(env, async (tx) => {
    const existing = await claimKey(tx, ctx.actor, key, hash, id, published.item.regionCode);
    if (existing) return { caseId: existing, replayed: true };
    const basics = caseBasics(published);
    const draft = await insertCase(tx, env, {
      id,
      ...basics,
      channel: isAgent ? 'agent' : 'window',
      status: 'draft',
      applicantKind: body.applicant.kind,
      applicantAccountId,
      applicantName: body.applicant.name,
      applicantIdNumber: body.applicant.kind === 'person' ? body.applicant.idNumber : null,
      applicantCreditCode: body.applicant.kind === 'org' ? body.applicant.creditCode : null,
      applicantPhone: body.applicant.phone ?? null,
      agentAccountId: isAgent ? ctx.actor.accountId : null,
      representativeName: body.representative?.name ?? null,
      representativeIdNumber: body.representative?.idNumber ?? null,
      intakeAccountId: isAgent ? null : ctx.actor.accountId,
      centerId: isAgent ? null : ctx.actor.centerId,
      answers: body.answers,
      form: body.form,
      createdBy: ctx.actor.accountId,
    });
    await insertMaterials(tx, draft, rows);
    // Taking in is receiving: the record starts as submitted, then the window's decision follows.
    const submitted = await writeTransition(tx, env, draft, 'submit', 'submitted', 0, null, {
      patch: submissionFields(env, caseNo),
      attachments: allFileIds(rows),
      detail: { channel: draft.channel },
    });
    if (body.decision === 'submit') return { caseId: id, replayed: false };
    await applyCommand(tx, env, submitted.row, INTAKE_DECISION[body.decision], {
      opinion: body.opinion ?? null,
      missing: missing.map((m) => ({ key: m.materialKey, note: '' })),
      materials: rows,
    });
    return { caseId: id, replayed: false };
  });
}

// ---- actions ----

type CommandInput = {
  opinion?: string | null;
  attachments?: string[];
  missing?: { key: string; note: string }[];
  materials?: readonly Omit<MaterialInsert, 'caseId' | 'regionCode'>[];
  supplied?: { key: string; fileIds: string[] }[];
  handedIn?: { key: string; fileIds: string[] }[];
  departmentId?: string;
  days?: number;
  approver?: string;
  method?: 'window' | 'post' | 'electronic';
  trackingNo?: string;
  acceptedDay?: string;
};

/** Decides and writes one command on a loaded case; an instant item accepted at the window is decided too. */
async function applyCommand(
  tx: Db,
  env: Env,
  c: CaseRow,
  command: Command,
  input: CommandInput,
  pausesRead?: readonly PauseFacts[],
): Promise<Transition> {
  const { process } = await caseProcess(tx, c);
  const parties: Set<Party> = env.ctx.actor ? partiesOf(env.ctx.actor, c) : new Set<Party>(['system']);
  const d = decide(workflowState(c, process, env.ctx), command, parties);
  if (!d.ok) throw refusal(d);
  const effects = await effectsOf(tx, env, c, process, command, input, d.stepIndex);
  const stepKey =
    c.acceptedDay || command.action === 'accept' ? (process.steps[c.stepIndex]?.key ?? null) : null;
  const done = await writeTransition(
    tx,
    env,
    c,
    command.action,
    d.next,
    d.stepIndex,
    stepKey,
    effects,
    pausesRead,
  );
  if (command.action === 'accept' && c.caseType === 1 && parties.has('instant_clerk')) {
    // 即办件: the window examines and decides on the spot, in the same transaction.
    const instant = decide(workflowState(done.row, process, env.ctx), { action: 'approve' }, parties);
    if (instant.ok) {
      return writeTransition(
        tx,
        env,
        done.row,
        'approve',
        instant.next,
        instant.stepIndex,
        stepKey,
        {
          patch: { decision: 'approved', decidedDay: env.today },
          opinion: input.opinion ?? null,
          detail: { instant: true },
        },
        done.seen.pauses,
      );
    }
  }
  return done;
}

async function effectsOf(
  tx: Db,
  env: Env,
  c: CaseRow,
  process: ResolvedProcess,
  command: Command,
  input: CommandInput,
  nextStep: number,
): Promise<Effects> {
  const base = { opinion: input.opinion ?? null, attachments: input.attachments ?? [] };
  const stepDepartment = (i: number, steps = process.steps) => steps[i]?.departmentId ?? c.departmentId;
  switch (command.action) {
    case 'submit':
      // Submitting takes a case number before its transaction opens (see `nextCaseNo`): it goes
      // through submitDraft or intake, never through a command on a loaded case.
      throw new Error('submit is not a command on a loaded case');
    case 'accept': {
      const rows = input.materials ?? (await materialsOf(tx, c.id));
      requireAcceptable(rows);
      const acceptedDay = input.acceptedDay ?? env.today;
      return {
        ...base,
        materials: input.materials ? [...input.materials] : undefined,
        patch: {
          acceptedDay,
          deemedAccepted: input.acceptedDay !== undefined,
          supplementNoticed: false,
          stepIndex: 0,
          currentDepartmentId: stepDepartment(0),
          preReviewDue: null,
        },
        detail: input.acceptedDay ? { deemed: true, receivedDay: input.acceptedDay } : {},
      };
    }
    case 'refuse':
      return { ...base, patch: { preReviewDue: null }, closePause: true };
    case 'request_supplement': {
      const missing = input.missing ?? [];
      const materials = await materialsOf(tx, c.id);
      const unknown = missing.filter((m) => !materials.some((r) => r.materialKey === m.key));
      if (unknown.length)
        throw invalid(
          unknown.map((m) => ({
            field: 'missing',
            code: 'MATERIAL_NOT_IN_CHECKLIST',
            key: m.key,
            message: { zh: '该材料不在本件的材料清单中', en: 'Not a material of this case' },
          })),
        );
      const listed = materials.filter((r) => missing.some((m) => m.key === r.materialKey));
      return {
        ...base,
        patch: { resumeStatus: c.status, supplementNoticed: true, preReviewDue: null },
        openPause: { kind: 'supplement', reason: input.opinion ?? '' },
        materials: listed.map((r) => ({
          ...r,
          status: 'missing' as const,
          promiseText: null,
          promiseDue: null,
        })),
        detail: {
          missing: listed.map((r) => ({
            key: r.materialKey,
            name: r.name,
            note: missing.find((m) => m.key === r.materialKey)?.note ?? '',
          })),
        },
      };
    }
    case 'supplement': {
      const supplied = input.supplied ?? [];
      const materials = await materialsOf(tx, c.id);
      const details: ErrorDetail[] = [];
      supplied.forEach((s, i) => {
        const row = materials.find((r) => r.materialKey === s.key);
        if (!row || row.status === 'received')
          details.push({
            field: `materials.${i}.key`,
            code: 'MATERIAL_NOT_MISSING',
            message: { zh: '该材料无需补正', en: 'This material was not asked for' },
          });
        if (!env.ctx.actor || (env.ctx.actor.role !== 'clerk' && s.fileIds.length === 0))
          details.push({
            field: `materials.${i}.fileIds`,
            code: 'MATERIAL_FILE_REQUIRED',
            message: { zh: '请上传该材料', en: 'Upload this material' },
          });
      });
      const stillMissing = materials.filter(
        (r) => r.status === 'missing' && !supplied.some((s) => s.key === r.materialKey),
      );
      for (const r of stillMissing)
        details.push({
          field: 'materials',
          code: 'SUPPLEMENT_INCOMPLETE',
          key: r.materialKey,
          message: { zh: `补正材料不全：${r.name}`, en: `Still missing: ${r.name}` },
        });
      if (details.length) throw invalid(details);
      if (env.ctx.actor) await assertOwnFiles(tx, env.ctx.actor, allFileIds(supplied), 'materials');
      const resumed = c.resumeStatus ?? (c.acceptedDay ? 'in_review' : 'submitted');
      return {
        ...base,
        attachments: [...base.attachments, ...allFileIds(supplied)],
        closePause: true,
        materials: supplied.map((s) => {
          const row = materials.find((r) => r.materialKey === s.key);
          return {
            materialKey: s.key,
            name: row?.name ?? s.key,
            requirement: row?.requirement ?? 'always',
            status: 'received' as const,
            promiseText: null,
            promiseDue: null,
            fileIds: s.fileIds,
          };
        }),
        patch: {
          resumeStatus: null,
          // Back in pre-review, Art. 32 counts again from the day the complete materials came.
          ...(resumed === 'submitted'
            ? { awaitingSince: env.today, preReviewDue: env.cal.addWorkingDays(env.today, PRE_REVIEW_DAYS) }
            : {}),
        },
        detail: { supplied: supplied.map((s) => s.key) },
      };
    }
    case 'hand_in': {
      const handedIn = input.handedIn ?? [];
      const materials = await materialsOf(tx, c.id);
      const staff = env.ctx.actor?.role === 'clerk' || env.ctx.actor?.role === 'reviewer';
      const details: ErrorDetail[] = [];
      handedIn.forEach((h, i) => {
        if (materials.find((r) => r.materialKey === h.key)?.status !== 'tolerated')
          details.push({
            field: `materials.${i}.key`,
            code: 'MATERIAL_NOT_TOLERATED',
            message: { zh: '该材料不是容缺受理的材料', en: 'This material was not accepted as tolerated' },
          });
        // Staff take paper in hand; online the file is the material.
        if (!staff && h.fileIds.length === 0)
          details.push({
            field: `materials.${i}.fileIds`,
            code: 'MATERIAL_FILE_REQUIRED',
            message: { zh: '请上传该材料', en: 'Upload this material' },
          });
      });
      if (details.length) throw invalid(details);
      if (env.ctx.actor) await assertOwnFiles(tx, env.ctx.actor, allFileIds(handedIn), 'materials');
      const rows = handedIn.flatMap((h) => materials.filter((r) => r.materialKey === h.key));
      return {
        ...base,
        attachments: [...base.attachments, ...allFileIds(handedIn)],
        materials: rows.map((r) => ({
          materialKey: r.materialKey,
          name: r.name,
          requirement: r.requirement,
          status: 'received' as const,
          promiseText: null,
          promiseDue: null,
          fileIds: handedIn.find((h) => h.key === r.materialKey)?.fileIds ?? [],
        })),
        // The promise stays on record in the action: what was due when, and whether it came late.
        detail: {
          handedIn: rows.map((r) => ({ key: r.materialKey, promiseDue: r.promiseDue })),
          late: rows
            .filter((r) => r.promiseDue !== null && r.promiseDue < env.today)
            .map((r) => r.materialKey),
        },
      };
    }
    case 'complete_step':
      return {
        ...base,
        patch: { currentDepartmentId: stepDepartment(nextStep) },
        detail: { toStep: process.steps[nextStep]?.key },
      };
    case 'return_to_step':
      return {
        ...base,
        patch: { currentDepartmentId: stepDepartment(nextStep) },
        detail: { toStep: process.steps[nextStep]?.key },
      };
    case 'transfer': {
      const departmentId = input.departmentId ?? '';
      const department = await getDepartment(tx, departmentId).catch(() => {
        throw fieldError('departmentId', 'DEPARTMENT_UNKNOWN', {
          zh: '部门不存在',
          en: 'Unknown department',
        });
      });
      if (department.regionCode !== c.regionCode || departmentId === c.departmentId)
        throw fieldError('departmentId', 'TRANSFER_TARGET', {
          zh: '只能转办给本区划的其他部门',
          en: 'A case can be transferred only to another department of its region',
        });
      const { steps } = await resolveProcess(tx, await pinnedItem(tx, c.itemId, c.itemVersion), departmentId);
      return {
        ...base,
        // Another department takes the case over, even at a step the same department acts at.
        patch: {
          departmentId,
          currentDepartmentId: stepDepartment(c.stepIndex, steps),
          assigneeAccountId: null,
        },
        detail: {
          fromDepartmentId: c.departmentId,
          toDepartmentId: departmentId,
          toDepartment: department.name,
        },
      };
    }
    case 'start_special':
      return {
        ...base,
        patch: { resumeStatus: c.status },
        openPause: { kind: `special:${command.kind}`, reason: input.opinion ?? '' },
        detail: { kind: command.kind },
      };
    case 'end_special':
      return { ...base, patch: { resumeStatus: null }, closePause: true };
    case 'extend':
      return {
        ...base,
        patch: { extensionDays: command.days },
        detail: { days: command.days, approver: input.approver },
      };
    case 'approve': {
      // 容缺受理 accepts on a promise; the result is issued only once the promise is kept.
      const [pending] = await toleratedMaterial(tx, { caseId: c.id });
      if (pending)
        throw new AppError('CASE_TOLERATED_PENDING', [], {
          zh: `容缺材料“${pending.name}”尚未补交，补交后方可作出准予决定`,
          en: `The tolerated material "${pending.name}" has not been handed in yet`,
        });
      return { ...base, patch: { decision: 'approved', decidedDay: env.today } };
    }
    case 'deny':
      return { ...base, patch: { decision: 'denied', decidedDay: env.today } };
    case 'deliver':
      if (input.method === 'post' && !input.trackingNo)
        throw fieldError('trackingNo', 'TRACKING_NO_REQUIRED', {
          zh: '邮寄送达须填写运单号',
          en: 'Delivery by post needs the tracking number',
        });
      return {
        ...base,
        patch: {
          deliveryMethod: input.method ?? 'window',
          trackingNo: input.trackingNo ?? null,
          deliveredAt: env.now,
        },
        detail: { method: input.method, trackingNo: input.trackingNo ?? null },
      };
    case 'withdraw':
      return { ...base, closePause: true, patch: { preReviewDue: null } };
  }
}

/** POST /api/v1/cases/:id/actions. */
export async function act(ctx: SignedInCtx, id: string, body: ActionBody): Promise<Written> {
  const env = await environment(ctx);
  // One read of the case, inside the transaction: the version the caller saw must still be the case's.
  return inTransaction(env, async (tx) => {
    const { pauses, ...c } = await loadCaseWithPauses(tx, id);
    if (!canSee(ctx.actor, c)) throw new AppError('NOT_FOUND');
    if (c.version !== body.version) throw versionConflict();
    const { command, input } = await commandOf(tx, ctx.actor, env, c, body);
    return { caseId: id, replayed: false, ...(await applyCommand(tx, env, c, command, input, pauses)) };
  });
}

/** The command an action body asks for, with its checked input (files the actor's, a known step). */
async function commandOf(
  tx: Db,
  actor: Actor,
  env: Env,
  current: CaseRow,
  body: ActionBody,
): Promise<{ command: Command; input: CommandInput }> {
  const input: CommandInput = { opinion: body.opinion ?? null, attachments: body.attachments };
  await assertOwnFiles(tx, actor, body.attachments, 'attachments');
  let command: Command;
  switch (body.action) {
    case 'return_to_step': {
      const { process } = await caseProcess(tx, current);
      const toStep = process.steps.findIndex((s) => s.key === body.stepKey);
      if (toStep < 0)
        throw fieldError('stepKey', 'STEP_UNKNOWN', {
          zh: '办理流程中没有该环节',
          en: 'No such step in the process',
        });
      command = { action: body.action, toStep };
      break;
    }
    case 'extend':
      command = { action: body.action, days: body.days };
      input.approver = body.approver;
      break;
    case 'start_special':
      command = { action: body.action, kind: body.kind };
      break;
    case 'accept':
      command = { action: body.action };
      if (body.materials) {
        const item = await pinnedItem(tx, current.itemId, current.itemVersion);
        input.materials = materialRows(
          checklistOf(item, current.answers),
          body.materials,
          'window',
          env.today,
        );
        await assertOwnFiles(tx, actor, allFileIds([...input.materials]), 'materials');
      }
      break;
    case 'request_supplement':
      command = { action: body.action };
      input.missing = body.missing;
      break;
    case 'supplement':
      command = { action: body.action };
      input.supplied = body.materials;
      break;
    case 'hand_in':
      command = { action: body.action };
      input.handedIn = body.materials;
      break;
    case 'transfer':
      command = { action: body.action };
      input.departmentId = body.departmentId;
      break;
    case 'deliver':
      command = { action: body.action };
      input.method = body.method;
      if (body.trackingNo) input.trackingNo = body.trackingNo;
      break;
    case 'refuse':
    case 'complete_step':
    case 'end_special':
    case 'approve':
    case 'deny':
    case 'withdraw':
      command = { action: body.action };
  }
  return { command, input };
}

// ---- Art. 32 deemed acceptance ----

/**
 * An online case still awaiting pre-review when its Art. 32 day has passed counts as accepted from
 * the day its materials were received; the platform records that itself. Returns the cases accepted.
 */
export async function deemAcceptedCases(ctx: Pick<Ctx, 'db' | 'config' | 'requestId'>): Promise<string[]> {
  const env = await environment({ ...ctx, actor: null });
  const due = await ctx.db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.status, 'submitted'), lt(cases.preReviewDue, env.today)));
  const accepted: string[] = [];
  for (const { id } of due) {
    const ok = await inTransaction(env, async (tx) => {
      const c = await loadCase(tx, id);
      if (c.status !== 'submitted' || !c.preReviewDue || c.preReviewDue >= env.today) return false;
      await applyCommand(
        tx,
        env,
        c,
        { action: 'accept' },
        {
          opinion: DEEMED_ACCEPTANCE_OPINION,
          acceptedDay: c.awaitingSince ?? env.today,
        },
      );
      return true;
    }).catch((err: unknown) => {
      // Someone acted on the case meanwhile; their action stands.
      if (err instanceof AppError && err.code === 'CASE_VERSION_CONFLICT') return false;
      throw err;
    });
    if (ok) accepted.push(id);
  }
  return accepted;
}
