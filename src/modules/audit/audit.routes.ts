import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SignedInCtx } from '../../server/auth/actor';
import { auditPageSchema, auditQuerySchema, auditVerifySchema } from './audit.schemas';
import { listAudit, verifyAuditChain } from './audit.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/audit',
    {
      config: { access: ['platform_admin', 'supervisor'] },
      schema: {
        tags: ['audit'],
        summary: 'Audit log in my region, newest first',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (req) => listAudit(req.ctx as SignedInCtx, req.query),
  );
  app.get(
    '/api/v1/audit/verify',
    {
      config: { access: ['platform_admin'] },
      schema: {
        tags: ['audit'],
        summary: 'Walk the SM3 hash chain and name the first broken row',
        response: { 200: auditVerifySchema },
      },
    },
    async (req) => verifyAuditChain(req.ctx.db),
  );
};

export default routes;
