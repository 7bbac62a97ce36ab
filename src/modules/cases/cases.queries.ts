/** Reading cases: the staff queue, the applicant's list, one case in full, and a case's files. */
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  CLOCKED_STATUSES,
  OPEN_STATUSES,
  type CaseDetail,
  type CaseQuery,
  type CaseSummary,
} from '../../shared/cases.contract';
import type { Page } from '../../shared/pagination';
import type { WorkCalendar } from '../../shared/workdays';
import type { SignedInCtx } from '../../server/auth/actor';
import { AppError } from '../../server/http/errors';
import type { Lang } from '../../server/http/lang';
import { accounts } from '../accounts/accounts.tables';
import { appendAudit } from '../audit/audit.service';
import { getWorkCalendar } from '../calendar/calendar.service';
import { readFileUnchecked } from '../files/files.service';
import { departments } from '../org/org.tables';
import { partiesOf, visibleSql } from './cases.access';
import { assignOptions } from './cases.assign';
import { clocksOf, type PauseFacts } from './cases.clock';
import { caseActions, caseMaterials, casePauses, cases } from './cases.tables';
import {
  caseProcess,
  materialsOf,
  seenOf,
  todayOf,
  visibleCase,
  workflowState,
  type CaseRow,
  type Seen,
  type Written,
} from './cases.service';
import { allowedActions } from './cases.workflow';

type PauseRow = typeof casePauses.$inferSelect;
type Listed = { c: CaseRow; departmentName: string; assigneeName: string | null };

const assignee = alias(accounts, 'assignee');
/** A list's rows: the case, its department's name and its handler's. */
const listed = (db: SignedInCtx['db']) =>
  db
    .select({ c: cases, departmentName: departments.name, assigneeName: assignee.displayName })
    .from(cases)
    .innerJoin(departments, eq(departments.id, cases.departmentId))
    .leftJoin(assignee, eq(assignee.id, cases.assigneeAccountId));

async function pausesByCase(ctx: SignedInCtx, ids: string[]): Promise<Map<string, PauseRow[]>> {
  const map = new Map<string, PauseRow[]>();
  if (ids.length === 0) return map;
  const rows = await ctx.db.select().from(casePauses).where(inArray(casePauses.caseId, ids));
  for (const r of rows) map.set(r.caseId, [...(map.get(r.caseId) ?? []), r]);
  return map;
}

async function summarize(
  ctx: SignedInCtx,
  cal: WorkCalendar,
  rows: Listed[],
  pauses: ReadonlyMap<string, readonly PauseFacts[]>,
): Promise<CaseSummary[]> {
  const today = todayOf(ctx);
  const out: CaseSummary[] = [];
  for (const { c, departmentName, assigneeName } of rows) {
    const clocks = clocksOf(cal, ctx.config, c, pauses.get(c.id) ?? [], today);
    const { process } = await caseProcess(ctx.db, c);
    const step = c.acceptedDay ? process.steps[c.stepIndex] : undefined;
    out.push({
      id: c.id,
      caseNo: c.caseNo,
      status: c.status,
      channel: c.channel,
      implCode: c.implCode,
      itemName: c.itemName,
      regionCode: c.regionCode,
      departmentId: c.departmentId,
      departmentName,
      currentStep: step ? { key: step.key, name: step.name, departmentId: step.departmentId } : null,
      applicantName: c.applicantName,
      bundleCaseId: c.parentId,
      receivedAt: c.receivedAt?.toISOString() ?? null,
      acceptedDay: c.acceptedDay,
      decidedDay: c.decidedDay,
      promisedDue: clocks?.promised.due ?? null,
      statutoryDue: clocks?.statutory.due ?? null,
      remainingDays: clocks?.promised.remainingDays ?? null,
      light: clocks?.promised.light ?? null,
      assigneeAccountId: c.assigneeAccountId,
      assigneeName,
      version: c.version,
      updatedAt: c.updatedAt.toISOString(),
    });
  }
  return out;
}

/**
 * The light as SQL, from the dates stored on the case: while the clock is stopped they refer to the
 * day it stopped, otherwise to today. Only cases whose clock runs or is stopped have a light.
 */
function lightSql(light: 'green' | 'yellow' | 'red', today: string): SQL {
  const ref = sql`coalesce(${cases.clockStoppedOn}, ${today}::date)`;
  const clocked = inArray(cases.status, [...CLOCKED_STATUSES]);
  const cond =
    light === 'red'
      ? lt(cases.promisedDue, ref)
      : light === 'yellow'
        ? and(gte(cases.promisedDue, ref), lte(cases.promisedYellowFrom, ref))
        : gt(cases.promisedYellowFrom, ref);
  return and(clocked, cond) ?? clocked;
}

const ORDER = {
  due: [sql`${cases.promisedDue} asc nulls last`, asc(cases.receivedAt), asc(cases.id)],
  '-due': [sql`${cases.promisedDue} desc nulls last`, desc(cases.receivedAt), asc(cases.id)],
  received: [sql`${cases.receivedAt} asc nulls last`, asc(cases.id)],
  '-received': [sql`${cases.receivedAt} desc nulls last`, asc(cases.id)],
} satisfies Record<CaseQuery['sort'], SQL[]>;

async function listWhere(ctx: SignedInCtx, scope: SQL, query: CaseQuery): Promise<Page<CaseSummary>> {
  const today = todayOf(ctx);
  const conditions: SQL[] = [scope];
  if (query.status) conditions.push(eq(cases.status, query.status));
  if (query.department) conditions.push(eq(cases.departmentId, query.department));
  if (query.item) conditions.push(eq(cases.implCode, query.item));
  if (query.light) conditions.push(lightSql(query.light, today));
  if (query.overdue === 'true') conditions.push(lightSql('red', today));
  if (query.open === 'true') conditions.push(inArray(cases.status, [...OPEN_STATUSES]));
  if (query.assignee === 'me') conditions.push(eq(cases.assigneeAccountId, ctx.actor.accountId));
  if (query.assignee === 'none') conditions.push(isNull(cases.assigneeAccountId));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    listed(ctx.db)
      .where(where)
      .orderBy(...ORDER[query.sort])
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(cases).where(where),
  ]);
  const cal = await getWorkCalendar(ctx.db);
  const pauses = await pausesByCase(
    ctx,
    rows.map((r) => r.c.id),
  );
  return {
    items: await summarize(ctx, cal, rows, pauses),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The children of a bundle application, in the order of the bundle's members (their case numbers). */
export async function bundleChildren(ctx: SignedInCtx, parentId: string): Promise<CaseSummary[]> {
  const rows = await listed(ctx.db)
    .where(eq(cases.parentId, parentId))
    .orderBy(asc(cases.createdAt), asc(cases.caseNo));
  const pauses = await pausesByCase(
    ctx,
    rows.map((r) => r.c.id),
  );
  return summarize(ctx, await getWorkCalendar(ctx.db), rows, pauses);
}

/** GET /api/v1/cases: the caller's queue, within what they may see. */
export function listCases(ctx: SignedInCtx, query: CaseQuery): Promise<Page<CaseSummary>> {
  return listWhere(ctx, visibleSql(ctx.actor), query);
}

/** GET /api/v1/cases/mine: cases the caller applied for, or filed as an agent. */
export function listMine(ctx: SignedInCtx, query: CaseQuery): Promise<Page<CaseSummary>> {
  const mine =
    or(eq(cases.applicantAccountId, ctx.actor.accountId), eq(cases.agentAccountId, ctx.actor.accountId)) ??
    eq(cases.applicantAccountId, ctx.actor.accountId);
  return listWhere(ctx, mine, query);
}

export async function getCaseSummary(ctx: SignedInCtx, id: string): Promise<CaseSummary> {
  return summaryOf(ctx, await visibleCase(ctx, id));
}

/**
 * The summary a write answers with, from what the write saw when it has that (nothing is read
 * then). The service has just let the caller act, which may have taken the case out of their sight
 * (a step passed to another department, a transfer), so no check here.
 */
export async function writtenSummary(ctx: SignedInCtx, written: Written): Promise<CaseSummary> {
  const [c] = written.row
    ? [written.row]
    : await ctx.db.select().from(cases).where(eq(cases.id, written.caseId));
  if (!c) throw new AppError('NOT_FOUND');
  return summaryOf(ctx, c, written.seen);
}

async function summaryOf(ctx: SignedInCtx, c: CaseRow, seen?: Seen): Promise<CaseSummary> {
  const facts = seen ?? (await seenOf(ctx.db, c.id));
  const cal = await getWorkCalendar(ctx.db);
  const [summary] = await summarize(
    ctx,
    cal,
    [{ c, departmentName: facts.departmentName, assigneeName: facts.assigneeName }],
    new Map([[c.id, facts.pauses]]),
  );
  if (!summary) throw new AppError('NOT_FOUND');
  return summary;
}

const SYSTEM_NAME = { zh: '系统', en: 'System' };

/** GET /api/v1/cases/:id: the case with its clocks, materials, pauses, steps and timeline. */
export async function getCaseDetail(ctx: SignedInCtx, lang: Lang, id: string): Promise<CaseDetail> {
  const c = await visibleCase(ctx, id);
  const isStaff = c.applicantAccountId !== ctx.actor.accountId && c.agentAccountId !== ctx.actor.accountId;
  const stepDepartment = alias(departments, 'step_department');
  const [summary, materials, pauses, actions, { process }] = await Promise.all([
    summaryOf(ctx, c),
    materialsOf(ctx.db, id),
    ctx.db.select().from(casePauses).where(eq(casePauses.caseId, id)).orderBy(asc(casePauses.fromDay)),
    ctx.db
      .select({ a: caseActions, actorName: accounts.displayName })
      .from(caseActions)
      .leftJoin(accounts, eq(accounts.id, caseActions.actorId))
      .where(eq(caseActions.caseId, id))
      .orderBy(asc(caseActions.seq)),
    caseProcess(ctx.db, c),
  ]);
  const departmentNames = new Map(
    (
      await ctx.db
        .select({ id: stepDepartment.id, name: stepDepartment.name })
        .from(stepDepartment)
        .where(inArray(stepDepartment.id, [...new Set(process.steps.map((s) => s.departmentId))]))
    ).map((d) => [d.id, d.name]),
  );
  const [agent] = c.agentAccountId
    ? await ctx.db
        .select({ name: accounts.displayName })
        .from(accounts)
        .where(eq(accounts.id, c.agentAccountId))
    : [];
  const cal = await getWorkCalendar(ctx.db);
  const clocks = clocksOf(cal, ctx.config, c, pauses, todayOf(ctx));
  const open = c.decidedDay === null && c.status !== 'withdrawn' && c.status !== 'refused';
  if (isStaff) {
    // A staff member reading a whole record with personal data is audited (PIPL).
    await appendAudit(ctx.db, ctx, {
      action: 'case.read',
      entityType: 'case',
      entityId: c.id,
      regionCode: c.regionCode,
      change: { caseNo: c.caseNo },
    });
  }
  return {
    ...summary,
    itemId: c.itemId,
    itemVersion: c.itemVersion,
    caseType: c.caseType,
    applicant: {
      kind: c.applicantKind,
      name: c.applicantName,
      idNumber: c.applicantIdNumber,
      creditCode: c.applicantCreditCode,
      phone: c.applicantPhone,
    },
    agentName: agent?.name ?? null,
    representativeName: c.representativeName,
    answers: c.answers,
    form: c.form,
    steps: process.steps.map((s, i) => ({
      key: s.key,
      name: s.name,
      departmentId: s.departmentId,
      departmentName: departmentNames.get(s.departmentId) ?? '',
      limitDays: s.limitDays,
      // A decided case has passed every step; a withdrawn one stops where it was.
      state:
        c.acceptedDay === null
          ? 'pending'
          : c.decidedDay !== null || i < c.stepIndex
            ? 'done'
            : i === c.stepIndex && open
              ? 'current'
              : 'pending',
    })),
    specialProcedures: process.specialProcedures,
    clocks,
    extensionDays: c.extensionDays,
    decision: c.decision,
    delivery:
      c.deliveryMethod && c.deliveredAt
        ? { method: c.deliveryMethod, trackingNo: c.trackingNo, at: c.deliveredAt.toISOString() }
        : null,
    materials: materials.map((m) => ({
      key: m.materialKey,
      name: m.name,
      requirement: m.requirement,
      status: m.status,
      promiseText: m.promiseText,
      promiseDue: m.promiseDue,
      fileIds: m.fileIds,
    })),
    pauses: pauses.map((p) => ({ kind: p.kind, from: p.fromDay, to: p.toDay, reason: p.reason })),
    timeline: actions.map(({ a, actorName }) => ({
      id: a.id,
      action: a.action,
      actorName: actorName ?? SYSTEM_NAME[lang],
      actorRole: a.actorRole,
      fromStatus: a.fromStatus,
      toStatus: a.toStatus,
      stepKey: a.stepKey,
      opinion: a.opinion,
      attachments: a.attachments,
      detail: a.detail,
      at: a.at.toISOString(),
    })),
    allowedActions: allowedActions(workflowState(c, process, ctx), partiesOf(ctx.actor, c)).filter(
      (a) => a !== 'submit' || c.status === 'draft',
    ),
    assignOptions: assignOptions(ctx.actor, c),
  };
}

/**
 * GET /api/v1/cases/:id/files/:fileId: only a file that belongs to this case, and only for those
 * who see the case (its applicant and agent, the staff of its departments and region).
 */
export async function caseFile(ctx: SignedInCtx, id: string, fileId: string) {
  const c = await visibleCase(ctx, id);
  const [material] = await ctx.db
    .select({ n: count() })
    .from(caseMaterials)
    .where(and(eq(caseMaterials.caseId, id), sql`${fileId}::uuid = any(${caseMaterials.fileIds})`));
  const [attached] = await ctx.db
    .select({ n: count() })
    .from(caseActions)
    .where(and(eq(caseActions.caseId, id), sql`${fileId}::uuid = any(${caseActions.attachments})`));
  if (!material?.n && !attached?.n) throw new AppError('NOT_FOUND');
  if (c.applicantAccountId !== ctx.actor.accountId && c.agentAccountId !== ctx.actor.accountId) {
    await appendAudit(ctx.db, ctx, {
      action: 'case.file_read',
      entityType: 'case',
      entityId: c.id,
      regionCode: c.regionCode,
      change: { fileId },
    });
  }
  return readFileUnchecked(ctx.db, ctx.files, fileId, ctx);
}
