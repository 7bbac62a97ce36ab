import { hasMessage } from '../../../app/i18n';
import type { Translate } from '../../../app/i18n';

/** The action codes the server writes today, for the filter; the table also shows codes not listed. */
export const KNOWN_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_refused',
  'auth.locked',
  'auth.sign_out',
  'account.create',
  'account.register',
  'account.personal_data.read',
  'window.create',
  'window.update',
  'department.create',
  'api_token.create',
  'api_token.revoke',
  'system.seed_demo',
] as const;

export const KNOWN_ENTITY_TYPES = [
  'session',
  'account',
  'window',
  'department',
  'api_token',
  'system',
] as const;

/** 登录 for auth.sign_in; an unknown code is shown as it is rather than hidden. */
export function actionLabel(t: Translate, action: string): string {
  const key = `audit.action.${action}`;
  return hasMessage(key) ? t(key) : action;
}

export function entityTypeLabel(t: Translate, entityType: string): string {
  const key = `audit.entityType.${entityType}`;
  return hasMessage(key) ? t(key) : entityType;
}

export function roleLabel(t: Translate, role: string | null): string {
  if (role === null) return t('audit.system');
  const key = `role.${role}`;
  return hasMessage(key) ? t(key) : role;
}

/** UUIDs are long; the first block is enough to tell rows apart at a glance. */
export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}
