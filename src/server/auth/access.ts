import type { Role } from '../../shared/roles';
import type { Lang } from '../http/lang';
import type { Actor, Ctx } from './actor';

/** Every route says who may call it: anyone, anyone signed in, or these roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    lang: Lang;
    actor: Actor | null;
    /** The session's CSRF token, when the caller came with a session cookie. */
    csrfToken: string | null;
    ctx: Ctx;
  }
}

export const STAFF: readonly Role[] = [
  'clerk',
  'reviewer',
  'agent',
  'center_admin',
  'dept_admin',
  'supervisor',
  'platform_admin',
];
export const ADMINS: readonly Role[] = ['center_admin', 'dept_admin', 'supervisor', 'platform_admin'];
