import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SignedInCtx } from '../../server/auth/actor';
import {
  centerSchema,
  createDepartmentSchema,
  createWindowSchema,
  departmentPageSchema,
  departmentSchema,
  departmentsQuerySchema,
  idParamSchema,
  regionSchema,
  regionsQuerySchema,
  updateWindowSchema,
  windowSchema,
  windowsQuerySchema,
} from './org.schemas';
import * as org from './org.service';

const signedIn = (ctx: { actor: unknown }) => ctx as SignedInCtx;
const ORG_ADMINS = ['platform_admin', 'center_admin'] as const;

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/regions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['org'],
        summary: 'Regions (GB/T 2260): children of `parent`, or down to county level',
        querystring: regionsQuerySchema,
        response: { 200: z.array(regionSchema) },
      },
    },
    async (req) => org.listRegions(req.ctx, req.query.parent),
  );
  app.get(
    '/api/v1/centers',
    {
      config: { access: 'public' },
      schema: { tags: ['org'], summary: 'Service centers', response: { 200: z.array(centerSchema) } },
    },
    async (req) => org.listCenters(req.ctx),
  );
  app.get(
    '/api/v1/centers/:id',
    {
      config: { access: 'public' },
      schema: { tags: ['org'], params: idParamSchema, response: { 200: centerSchema } },
    },
    async (req) => org.getCenter(req.ctx.db, req.params.id),
  );
  app.get(
    '/api/v1/departments',
    {
      config: { access: 'public' },
      schema: {
        tags: ['org'],
        summary: 'Departments',
        querystring: departmentsQuerySchema,
        response: { 200: departmentPageSchema },
      },
    },
    async (req) => org.listDepartments(req.ctx, req.query),
  );
  app.get(
    '/api/v1/departments/:id',
    {
      config: { access: 'public' },
      schema: { tags: ['org'], params: idParamSchema, response: { 200: departmentSchema } },
    },
    async (req) => org.getDepartment(req.ctx.db, req.params.id),
  );
  app.post(
    '/api/v1/departments',
    {
      config: { access: ORG_ADMINS },
      schema: { tags: ['org'], body: createDepartmentSchema, response: { 201: departmentSchema } },
    },
    async (req, reply) => reply.status(201).send(await org.createDepartment(signedIn(req.ctx), req.body)),
  );
  app.get(
    '/api/v1/windows',
    {
      config: { access: 'public' },
      schema: {
        tags: ['org'],
        summary: 'Windows, optionally of one center',
        querystring: windowsQuerySchema,
        response: { 200: z.array(windowSchema) },
      },
    },
    async (req) => org.listWindows(req.ctx, req.query.center),
  );
  app.post(
    '/api/v1/windows',
    {
      config: { access: ORG_ADMINS },
      schema: { tags: ['org'], body: createWindowSchema, response: { 201: windowSchema } },
    },
    async (req, reply) => reply.status(201).send(await org.createWindow(signedIn(req.ctx), req.body)),
  );
  app.patch(
    '/api/v1/windows/:id',
    {
      config: { access: ORG_ADMINS },
      schema: {
        tags: ['org'],
        params: idParamSchema,
        body: updateWindowSchema,
        response: { 200: windowSchema },
      },
    },
    async (req) => org.updateWindow(signedIn(req.ctx), req.params.id, req.body),
  );
};

export default routes;
