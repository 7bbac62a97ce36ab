import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { meSchema, sessionResponseSchema, signInBodySchema } from '../../shared/auth.contract';
import { ADMINS, STAFF } from '../../server/auth/access';
import type { SignedInCtx } from '../../server/auth/actor';
import { SESSION_COOKIE, sessionCookieOptions } from '../../server/auth/plugin';
import { departmentVisibleTo, getDepartment } from '../org/org.service';
import { idParamSchema } from '../org/org.schemas';
import {
  accountPageSchema,
  accountsQuerySchema,
  accountSummarySchema,
  apiTokenSchema,
  createApiTokenSchema,
  createdApiTokenSchema,
  createStaffSchema,
  personalDataSchema,
  registerSchema,
  updateAccountSchema,
} from './accounts.schemas';
import * as accounts from './accounts.service';

const signedIn = (ctx: { actor: unknown }) => ctx as SignedInCtx;

const routes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/auth/sign-in',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a password',
        body: signInBodySchema,
        response: { 200: sessionResponseSchema },
      },
    },
    async (req, reply) => {
      const result = await accounts.signIn(req.ctx, req.body, {
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      void reply.setCookie(
        SESSION_COOKIE,
        result.token,
        sessionCookieOptions(req.ctx.config, result.expiresAt),
      );
      return { user: result.me, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], summary: 'End this session' } },
    async (req, reply) => {
      await accounts.signOut(signedIn(req.ctx));
      void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(req.ctx.config));
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in account and its CSRF token',
        response: { 200: sessionResponseSchema },
      },
    },
    async (req) => ({ user: await accounts.me(signedIn(req.ctx)), csrfToken: req.csrfToken ?? '' }),
  );

  app.post(
    '/api/v1/auth/register',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Register as a citizen (ID number) or a firm (credit code)',
        body: registerSchema,
        response: { 201: meSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await accounts.register(req.ctx, req.body)),
  );

  app.get(
    '/api/v1/accounts',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['accounts'],
        summary: 'Accounts in my scope (personal numbers masked)',
        querystring: accountsQuerySchema,
        response: { 200: accountPageSchema },
      },
    },
    async (req) => accounts.listAccounts(signedIn(req.ctx), req.query),
  );

  app.post(
    '/api/v1/accounts',
    {
      config: { access: ['platform_admin', 'center_admin', 'dept_admin'] },
      schema: {
        tags: ['accounts'],
        summary: 'Create a staff account',
        body: createStaffSchema,
        response: { 201: accountSummarySchema },
      },
    },
    async (req, reply) => reply.status(201).send(await accounts.createStaff(signedIn(req.ctx), req.body)),
  );

  app.get(
    '/api/v1/accounts/:id',
    {
      config: { access: STAFF },
      schema: { tags: ['accounts'], params: idParamSchema, response: { 200: accountSummarySchema } },
    },
    async (req) => accounts.getAccount(signedIn(req.ctx), req.params.id),
  );

  app.patch(
    '/api/v1/accounts/:id',
    {
      config: { access: ['platform_admin', 'center_admin', 'dept_admin'] },
      schema: {
        tags: ['accounts'],
        summary: 'Disable, enable or unlock a staff account',
        params: idParamSchema,
        body: updateAccountSchema,
        response: { 200: accountSummarySchema },
      },
    },
    async (req) => accounts.updateAccount(signedIn(req.ctx), req.params.id, req.body),
  );

  app.get(
    '/api/v1/accounts/:id/personal-data',
    {
      config: { access: ['citizen', 'enterprise', 'clerk', 'center_admin', 'platform_admin'] },
      schema: {
        tags: ['accounts'],
        summary: 'Whole ID and phone numbers; every staff read is audited',
        params: idParamSchema,
        response: { 200: personalDataSchema },
      },
    },
    async (req) => accounts.readPersonalData(signedIn(req.ctx), req.params.id),
  );

  app.get(
    '/api/v1/departments/:id/staff',
    {
      config: { access: ['reviewer', 'dept_admin', 'center_admin', 'supervisor', 'platform_admin'] },
      schema: {
        tags: ['org'],
        summary: "A department's staff",
        params: idParamSchema,
        response: { 200: accountPageSchema },
      },
    },
    async (req) => {
      const ctx = signedIn(req.ctx);
      departmentVisibleTo(ctx, await getDepartment(ctx.db, req.params.id));
      return accounts.listAccounts(ctx, { page: 1, pageSize: 100, department: req.params.id });
    },
  );

  app.get(
    '/api/v1/api-tokens',
    {
      config: { access: ['platform_admin'] },
      schema: {
        tags: ['accounts'],
        summary: 'Integration tokens',
        response: { 200: z.array(apiTokenSchema) },
      },
    },
    async (req) => accounts.listApiTokens(signedIn(req.ctx)),
  );

  app.post(
    '/api/v1/api-tokens',
    {
      config: { access: ['platform_admin'] },
      schema: {
        tags: ['accounts'],
        summary: 'Issue an integration token (shown once)',
        body: createApiTokenSchema,
        response: { 201: createdApiTokenSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await accounts.createApiToken(signedIn(req.ctx), req.body)),
  );

  app.delete(
    '/api/v1/api-tokens/:id',
    {
      config: { access: ['platform_admin'] },
      schema: { tags: ['accounts'], summary: 'Revoke a token', params: idParamSchema },
    },
    async (req, reply) => {
      await accounts.revokeApiToken(signedIn(req.ctx), req.params.id);
      return reply.status(204).send();
    },
  );
};

export default routes;
