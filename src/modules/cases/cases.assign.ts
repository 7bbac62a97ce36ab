/**
 * The case's handler (经办人) inside the acting department: a reviewer claims an unassigned case or
 * releases their own; the department's admin, or a center or platform admin over its region, assigns
 * any active reviewer of the department the case is at.
 */
import { and, asc, eq } from 'drizzle-orm';
import {
  OPEN_STATUSES,
  type AssignBody,
  type Assignable,
  type AssignOption,
} from '../../shared/cases.contract';
import type { Actor, SignedInCtx } from '../../server/auth/actor';
import { regionCovers } from '../../server/auth/scope';
import type { Db } from '../../server/db/client';
import { AppError, fieldError } from '../../server/http/errors';
import { accounts } from '../accounts/accounts.tables';
import { canSee } from './cases.access';
import { cases } from './cases.tables';
import {
  environment,
  inTransaction,
  loadCase,
  refusal,
  versionConflict,
  visibleCase,
  type CaseRow,
  type Written,
} from './cases.service';

const NOT_ALLOWED = {
  status: 403 as const,
  code: 'ASSIGN_NOT_ALLOWED',
  reason: {
    zh: '您只能认领本部门未认领的办件、放弃自己认领的办件；指派经办人须由部门或中心管理员进行',
    en: 'You may claim an unassigned case of your department or release your own; admins assign others',
  },
};

/** Those who may name any reviewer as the handler: admins over the department the case is at. */
function mayAssignOthers(actor: Actor, c: CaseRow): boolean {
  if (actor.role === 'dept_admin') return actor.departmentId === c.currentDepartmentId;
  if (actor.role === 'center_admin' || actor.role === 'platform_admin')
    return regionCovers(actor.regionCode, c.regionCode);
  return false;
}

/** A reviewer claims (names themselves on an unassigned case) or releases (null, on their own). */
function mayClaimOrRelease(actor: Actor, c: CaseRow, to: string | null): boolean {
  if (actor.role !== 'reviewer' || actor.departmentId !== c.currentDepartmentId) return false;
  if (to === actor.accountId) return c.assigneeAccountId === null;
  return to === null && c.assigneeAccountId === actor.accountId;
}

const isOpen = (c: CaseRow) => (OPEN_STATUSES as readonly string[]).includes(c.status);

/** What the caller may do with the case's handler now, for the page's buttons. */
export function assignOptions(actor: Actor, c: CaseRow): AssignOption[] {
  if (!isOpen(c)) return [];
  if (mayAssignOthers(actor, c)) return ['assign'];
  if (mayClaimOrRelease(actor, c, actor.accountId)) return ['claim'];
  if (mayClaimOrRelease(actor, c, null)) return ['release'];
  return [];
}

function reviewersOf(db: Db, departmentId: string) {
  return db
    .select({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .where(
      and(
        eq(accounts.departmentId, departmentId),
        eq(accounts.role, 'reviewer'),
        eq(accounts.status, 'active'),
      ),
    )
    .orderBy(asc(accounts.displayName), asc(accounts.id));
}

/** POST /api/v1/cases/:id/assignee. */
export async function assignCase(ctx: SignedInCtx, id: string, body: AssignBody): Promise<Written> {
  const env = await environment(ctx);
  return inTransaction(env, async (tx) => {
    const c = await loadCase(tx, id);
    if (!canSee(ctx.actor, c)) throw new AppError('NOT_FOUND');
    if (c.version !== body.version) throw versionConflict();
    const to = body.assigneeAccountId;
    const admin = mayAssignOthers(ctx.actor, c);
    if (!admin && !mayClaimOrRelease(ctx.actor, c, to)) throw refusal(NOT_ALLOWED);
    if (!isOpen(c))
      throw refusal({
        status: 409,
        code: 'ASSIGN_CASE_CLOSED',
        reason: {
          zh: '只有办理中的办件才能指定经办人',
          en: 'Only a case still being handled can have a handler',
        },
      });
    if (admin && to !== null && !(await reviewersOf(tx, c.currentDepartmentId)).some((r) => r.id === to))
      throw fieldError('assigneeAccountId', 'ASSIGNEE_NOT_REVIEWER', {
        zh: '经办人须为办件所在部门的在岗审核人员',
        en: 'The handler must be an active reviewer of the department the case is at',
      });
    const [row] = await tx
      .update(cases)
      .set({ assigneeAccountId: to, version: c.version + 1, updatedAt: env.now })
      .where(and(eq(cases.id, c.id), eq(cases.version, c.version)))
      .returning();
    if (!row) throw versionConflict();
    env.audits.push({
      action: 'case.assign',
      entityType: 'case',
      entityId: c.id,
      regionCode: c.regionCode,
      change: { caseNo: c.caseNo, from: c.assigneeAccountId, to },
    });
    return { caseId: id, replayed: false, row };
  });
}

/** GET /api/v1/cases/:id/assignable: whom an admin may name as the handler. */
export async function assignableReviewers(ctx: SignedInCtx, id: string): Promise<Assignable> {
  const c = await visibleCase(ctx, id);
  if (!mayAssignOthers(ctx.actor, c)) throw refusal(NOT_ALLOWED);
  return reviewersOf(ctx.db, c.currentDepartmentId);
}
