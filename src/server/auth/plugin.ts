import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '../../shared/auth.contract';
import { resolveApiToken, resolveSession } from '../../modules/accounts/accounts.service';
import type { FileStore } from '../../modules/files/files.store';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { AppError } from '../http/errors';
import type { Actor } from './actor';
import { safeEqual } from './tokens';

export const SESSION_COOKIE = 'tb_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionCookieOptions(config: Config, expires?: Date) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.session.cookieSecure,
    ...(expires ? { expires } : {}),
  };
}

async function authenticate(
  req: FastifyRequest,
  reply: FastifyReply,
  database: Database,
  config: Config,
): Promise<Actor | null> {
  req.csrfToken = null;
  const authorization = req.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match?.[1] ? await resolveApiToken(database.db, match[1]) : null;
    if (!actor) throw new AppError('AUTH_TOKEN_INVALID');
    return actor;
  }
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const resolved = await resolveSession(database.db, config, token);
  if (resolved === null || resolved === 'expired') {
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
    if (resolved === 'expired') throw new AppError('AUTH_SESSION_EXPIRED');
    return null;
  }
  // Cookies ride along on cross-site requests; a write must also prove it came from our own page.
  if (!SAFE_METHODS.has(req.method)) {
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !safeEqual(sent, resolved.csrfToken)) throw new AppError('CSRF_INVALID');
  }
  req.csrfToken = resolved.csrfToken;
  return resolved.actor;
}

/** Resolves the caller and enforces each route's declared access before any handler runs. */
export function registerAccessControl(
  app: FastifyInstance,
  database: Database,
  config: Config,
  files: FileStore,
): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (req, reply) => {
    const access = req.routeOptions.config.access;
    req.actor = null;
    req.csrfToken = null;
    if (access && access !== 'public') {
      req.actor = await authenticate(req, reply, database, config);
      if (!req.actor) throw new AppError('AUTH_REQUIRED');
      if (access !== 'signed-in' && !access.includes(req.actor.role)) throw new AppError('FORBIDDEN_ROLE');
    }
    req.ctx = { db: database.db, config, files, actor: req.actor, requestId: req.id, ip: req.ip };
  });
}
