import type { Role } from '../../shared/roles';
import { AppError } from '../http/errors';
import type { Actor } from './actor';

export const DEPARTMENT_BOUND_ROLES: readonly Role[] = ['reviewer', 'dept_admin'];

/** Region codes nest by prefix (33 ⊃ 3307 ⊃ 330703 ⊃ 330703001 ⊃ 330703001001). */
export function regionCovers(scopeRegion: string | null, target: string | null): boolean {
  if (scopeRegion === null) return true;
  return target !== null && target.startsWith(scopeRegion);
}

export type Scoped = { regionCode: string | null; departmentId?: string | null };

export function inScope(actor: Actor, target: Scoped): boolean {
  if (!regionCovers(actor.regionCode, target.regionCode)) return false;
  if (DEPARTMENT_BOUND_ROLES.includes(actor.role) && target.departmentId) {
    return target.departmentId === actor.departmentId;
  }
  return true;
}

export function assertInScope(actor: Actor, target: Scoped): void {
  if (!inScope(actor, target)) throw new AppError('OUT_OF_SCOPE');
}
