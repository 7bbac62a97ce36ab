import type { Me } from '../../../../shared/auth.contract';
import type { Role } from '../../../../shared/roles';

/*
 * The server decides; these mirror its rules (org.service createWindow/updateWindow, accounts.service
 * CAN_CREATE) only so that nobody is shown a button that can never work for them.
 */

/** Platform admins manage every center's windows; a center admin only their own center's. */
export function canManageWindows(me: Me, centerId: string | null): boolean {
  if (me.role === 'platform_admin') return true;
  return me.role === 'center_admin' && centerId !== null && centerId === me.centerId;
}

const CAN_CREATE: Partial<Record<Role, readonly Role[]>> = {
  platform_admin: [
    'clerk',
    'reviewer',
    'agent',
    'center_admin',
    'dept_admin',
    'supervisor',
    'platform_admin',
  ],
  center_admin: ['clerk', 'agent'],
  dept_admin: ['reviewer'],
};

/** The staff roles this actor may create accounts for; empty means no "add staff" button. */
export function creatableRoles(role: Role): readonly Role[] {
  return CAN_CREATE[role] ?? [];
}

/** Region codes nest by prefix; a null scope (platform admin) covers everything. */
export function regionCovers(scope: string | null, code: string): boolean {
  return scope === null || code.startsWith(scope);
}
