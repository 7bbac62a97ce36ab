import { z } from 'zod';

export const ROLES = [
  'citizen',
  'enterprise',
  'clerk',
  'reviewer',
  'agent',
  'center_admin',
  'dept_admin',
  'supervisor',
  'platform_admin',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Which of the three web layouts a role lands in after sign-in. */
export type Area = 'portal' | 'workbench' | 'console';

export const ROLE_AREA = {
  citizen: 'portal',
  enterprise: 'portal',
  clerk: 'workbench',
  reviewer: 'workbench',
  agent: 'workbench',
  center_admin: 'console',
  dept_admin: 'console',
  supervisor: 'console',
  platform_admin: 'console',
} as const satisfies Record<Role, Area>;

export const STAFF_ROLES = ROLES.filter((r) => r !== 'citizen' && r !== 'enterprise');
