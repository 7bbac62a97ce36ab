/**
 * Who sees a case and in what relation they stand to it. One rule, in two forms: a predicate for a
 * loaded case, and the same condition in SQL for queues, so a list never shows what a read refuses.
 */
import { and, eq, like, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../server/auth/actor';
import { DEPARTMENT_BOUND_ROLES, regionCovers } from '../../server/auth/scope';
import type { Party } from './cases.workflow';
import { cases } from './cases.tables';

export type CaseScope = Pick<
  typeof cases.$inferSelect,
  | 'status'
  | 'regionCode'
  | 'departmentId'
  | 'currentDepartmentId'
  | 'leadDepartmentId'
  | 'centerId'
  | 'applicantAccountId'
  | 'agentAccountId'
  | 'caseType'
>;

const isApplicantRole = (actor: Actor) => actor.role === 'citizen' || actor.role === 'enterprise';

/** Staff reach a case by region (or, for a clerk, the center that took it in); drafts stay private. */
export function canSee(actor: Actor, c: CaseScope): boolean {
  if (c.applicantAccountId === actor.accountId) return true;
  if (actor.role === 'agent') return c.agentAccountId === actor.accountId;
  if (isApplicantRole(actor) || c.status === 'draft') return false;
  const byCenter = actor.role === 'clerk' && c.centerId !== null && actor.centerId === c.centerId;
  if (!byCenter && !regionCovers(actor.regionCode, c.regionCode)) return false;
  // A department sees its own cases, those at one of its steps, and every child of a bundle it leads.
  if (DEPARTMENT_BOUND_ROLES.includes(actor.role))
    return (
      actor.departmentId === c.departmentId ||
      actor.departmentId === c.currentDepartmentId ||
      actor.departmentId === c.leadDepartmentId
    );
  return true;
}

/** The same rule as canSee, as a WHERE condition. */
export function visibleSql(actor: Actor): SQL {
  const own = eq(cases.applicantAccountId, actor.accountId);
  if (actor.role === 'agent') return or(own, eq(cases.agentAccountId, actor.accountId)) ?? own;
  if (isApplicantRole(actor)) return own;
  const region = actor.regionCode === null ? sql`true` : like(cases.regionCode, `${actor.regionCode}%`);
  const reach =
    actor.role === 'clerk' && actor.centerId
      ? (or(region, eq(cases.centerId, actor.centerId)) ?? region)
      : region;
  const department =
    DEPARTMENT_BOUND_ROLES.includes(actor.role) && actor.departmentId
      ? or(
          eq(cases.departmentId, actor.departmentId),
          eq(cases.currentDepartmentId, actor.departmentId),
          eq(cases.leadDepartmentId, actor.departmentId),
        )
      : undefined;
  const staff = and(ne(cases.status, 'draft'), reach, department) ?? reach;
  return or(own, staff) ?? own;
}

/** The caller's relations to the case, which the workflow table grants actions to. */
export function partiesOf(actor: Actor | null, c: CaseScope): Set<Party> {
  const parties = new Set<Party>();
  if (actor === null) return parties;
  if (c.applicantAccountId === actor.accountId) parties.add('applicant');
  if (actor.role === 'agent' && c.agentAccountId === actor.accountId) parties.add('agent');
  if (
    actor.role === 'clerk' &&
    (regionCovers(actor.regionCode, c.regionCode) || (c.centerId !== null && actor.centerId === c.centerId))
  ) {
    parties.add('clerk');
    if (c.caseType === 1) parties.add('instant_clerk');
  }
  if (actor.role === 'reviewer' && actor.departmentId === c.currentDepartmentId) parties.add('reviewer');
  if (actor.role === 'center_admin' && regionCovers(actor.regionCode, c.regionCode))
    parties.add('center_admin');
  return parties;
}

/**
 * A window or an agent takes in items of its own region and the regions above it (a county window
 * accepts a city item: 就近办), and of the regions below.
 */
export function mayTakeIn(actor: Actor, itemRegion: string): boolean {
  return regionCovers(actor.regionCode, itemRegion) || regionCovers(itemRegion, actor.regionCode);
}
