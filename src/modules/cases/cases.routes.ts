import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  actionBodySchema,
  assignableSchema,
  assignBodySchema,
  bundleApplicationBodySchema,
  bundleCaseSchema,
  caseDetailSchema,
  casePageSchema,
  caseQuerySchema,
  caseSummarySchema,
  createCaseBodySchema,
  intakeBodySchema,
  submitBodySchema,
  updateDraftBodySchema,
} from '../../shared/cases.contract';
import { STAFF } from '../../server/auth/access';
import type { SignedInCtx } from '../../server/auth/actor';
import { sendStoredFile } from '../files/files.routes';
import { caseFileParamSchema, caseIdParamSchema, idempotencyHeadersSchema } from './cases.schemas';
import { assignableReviewers, assignCase } from './cases.assign';
import * as bundles from './cases.bundles';
import { CASE_DOCUMENTS, caseDocument } from './cases.documents';
import * as queries from './cases.queries';
import * as service from './cases.service';

const signedIn = (ctx: { actor: unknown }) => ctx as SignedInCtx;
const APPLICANTS = ['citizen', 'enterprise'] as const;
const written = { 200: caseSummarySchema, 201: caseSummarySchema };

/** A write answers with the case's summary; a replayed Idempotency-Key answers 200 with the first result. */
async function answer(reply: FastifyReply, ctx: SignedInCtx, result: service.Written, created: boolean) {
  const summary = await queries.writtenSummary(ctx, result);
  if (result.replayed) void reply.header('idempotent-replayed', 'true');
  return reply.status(created && !result.replayed ? 201 : 200).send(summary);
}

const routes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/cases',
    {
      config: { access: APPLICANTS },
      schema: {
        tags: ['cases'],
        summary:
          'Apply online: save a draft, or submit at once (`submit: true`, idempotent by Idempotency-Key)',
        headers: idempotencyHeadersSchema,
        body: createCaseBodySchema,
        response: written,
      },
    },
    async (req, reply) => {
      const ctx = signedIn(req.ctx);
      return answer(
        reply,
        ctx,
        await service.createCase(ctx, req.body, req.headers['idempotency-key']),
        true,
      );
    },
  );
  app.post(
    '/api/v1/cases/intake',
    {
      config: { access: ['clerk', 'agent'] },
      schema: {
        tags: ['cases'],
        summary: 'Window intake (clerk: accept, refuse or supplement notice) or agent filing (submit)',
        headers: idempotencyHeadersSchema,
        body: intakeBodySchema,
        response: written,
      },
    },
    async (req, reply) => {
      const ctx = signedIn(req.ctx);
      return answer(reply, ctx, await service.intake(ctx, req.body, req.headers['idempotency-key']), true);
    },
  );
  app.post(
    '/api/v1/cases/bundles',
    {
      config: { access: APPLICANTS },
      schema: {
        tags: ['cases'],
        summary: 'Apply online for a bundle (一件事): one parent, one child case per member item',
        headers: idempotencyHeadersSchema,
        body: bundleApplicationBodySchema,
        response: { 200: bundleCaseSchema, 201: bundleCaseSchema },
      },
    },
    async (req, reply) => {
      const ctx = signedIn(req.ctx);
      const result = await bundles.submitBundle(ctx, req.body, req.headers['idempotency-key']);
      if (result.replayed) void reply.header('idempotent-replayed', 'true');
      return reply.status(result.replayed ? 200 : 201).send(await bundles.getBundleCase(ctx, result.caseId));
    },
  );
  app.get(
    '/api/v1/cases/bundles/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['cases'],
        summary: 'A bundle application with every child case: the applicant’s and the lead department’s view',
        params: caseIdParamSchema,
        response: { 200: bundleCaseSchema },
      },
    },
    async (req) => bundles.getBundleCase(signedIn(req.ctx), req.params.id),
  );
  app.put(
    '/api/v1/cases/:id',
    {
      config: { access: APPLICANTS },
      schema: {
        tags: ['cases'],
        summary: 'Update my draft',
        params: caseIdParamSchema,
        body: updateDraftBodySchema,
        response: { 200: caseSummarySchema },
      },
    },
    async (req, reply) => {
      const ctx = signedIn(req.ctx);
      return answer(reply, ctx, await service.updateDraft(ctx, req.params.id, req.body), false);
    },
  );
  app.post(
    '/api/v1/cases/:id/submit',
    {
      config: { access: APPLICANTS },
      schema: {
        tags: ['cases'],
        summary: 'Submit my draft (idempotent by Idempotency-Key)',
        params: caseIdParamSchema,
        headers: idempotencyHeadersSchema,
        body: submitBodySchema,
        response: { 200: caseSummarySchema },
      },
    },
    async (req, reply) => {
      const ctx = signedIn(req.ctx);
      const result = await service.submitCase(
        ctx,
        req.params.id,
        req.body.version,
        req.headers['idempotency-key'],
      );
      return answer(reply, ctx, result, false);
    },
  );
  app.post(
    '/api/v1/cases/:id/actions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['cases'],
        summary:
          'Act on a case (accept, refuse, supplement, steps, transfer, special procedures, decide, deliver, withdraw)',
        description:
          'Send the `version` you saw: if someone acted first the answer is 409 CASE_VERSION_CONFLICT. An action the status does not allow is 409 CASE_ACTION_NOT_ALLOWED, one your relation to the case does not allow 403 CASE_ACTOR_NOT_ALLOWED; `details[0].code` names the reason.',
        params: caseIdParamSchema,
        body: actionBodySchema,
        response: { 200: caseSummarySchema },
      },
    },
    async (req, reply) => {
      const ctx = signedIn(req.ctx);
      return answer(reply, ctx, await service.act(ctx, req.params.id, req.body), false);
    },
  );
  app.post(
    '/api/v1/cases/:id/assignee',
    {
      config: { access: ['reviewer', 'dept_admin', 'center_admin', 'platform_admin'] },
      schema: {
        tags: ['cases'],
        summary: 'Claim, release or assign the handler (经办人) of an open case',
        description:
          'A reviewer of the department the case is at claims it (their own id) while unassigned, or releases it (null) when it is theirs; that department’s admin, or a center or platform admin over its region, names any active reviewer of it, or null. Others get 403 CASE_ACTOR_NOT_ALLOWED (`details[0].code` ASSIGN_NOT_ALLOWED); another account is 400 at `assigneeAccountId` (ASSIGNEE_NOT_REVIEWER); a stale `version` 409 CASE_VERSION_CONFLICT.',
        params: caseIdParamSchema,
        body: assignBodySchema,
        response: { 200: caseSummarySchema },
      },
    },
    async (req, reply) => {
      const ctx = signedIn(req.ctx);
      return answer(reply, ctx, await assignCase(ctx, req.params.id, req.body), false);
    },
  );
  app.get(
    '/api/v1/cases/:id/assignable',
    {
      config: { access: ['dept_admin', 'center_admin', 'platform_admin'] },
      schema: {
        tags: ['cases'],
        summary:
          'The reviewers an admin may name as the handler: the active reviewers of its current department',
        params: caseIdParamSchema,
        response: { 200: assignableSchema },
      },
    },
    async (req) => assignableReviewers(signedIn(req.ctx), req.params.id),
  );
  app.get(
    '/api/v1/cases/mine',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['cases'],
        summary: 'Cases I applied for (or filed as an agent), with remaining days and light',
        querystring: caseQuerySchema,
        response: { 200: casePageSchema },
      },
    },
    async (req) => queries.listMine(signedIn(req.ctx), req.query),
  );
  app.get(
    '/api/v1/cases',
    {
      config: { access: STAFF },
      schema: {
        tags: ['cases'],
        summary: 'The work queue within my scope: filters, sort by due date, remaining days and light',
        querystring: caseQuerySchema,
        response: { 200: casePageSchema },
      },
    },
    async (req) => queries.listCases(signedIn(req.ctx), req.query),
  );
  app.get(
    '/api/v1/cases/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['cases'],
        summary: 'One case with clocks, materials, steps, timeline and the actions I may take',
        params: caseIdParamSchema,
        response: { 200: caseDetailSchema },
      },
    },
    async (req) => queries.getCaseDetail(signedIn(req.ctx), req.lang, req.params.id),
  );
  for (const document of CASE_DOCUMENTS) {
    app.get(
      `/api/v1/cases/:id/${document}.pdf`,
      {
        config: { access: 'signed-in' },
        schema: {
          tags: ['cases'],
          summary:
            document === 'receipt'
              ? 'The receipt (受理回执) of an accepted case, as PDF'
              : 'The decision document (决定书) of a decided case, as PDF',
          params: caseIdParamSchema,
        },
      },
      async (req, reply) => {
        const { pdf, filename } = await caseDocument(signedIn(req.ctx), req.params.id, document);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${filename}"`)
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );
  }
  app.get(
    '/api/v1/cases/:id/files/:fileId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['cases'],
        summary: "A file of the case, for its applicant and its departments' staff",
        params: caseFileParamSchema,
      },
    },
    async (req, reply) =>
      sendStoredFile(reply, await queries.caseFile(signedIn(req.ctx), req.params.id, req.params.fileId)),
  );
};

export default routes;
