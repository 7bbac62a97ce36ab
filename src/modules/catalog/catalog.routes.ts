import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bundleInputSchema, itemInputSchema } from '../../shared/catalog.contract';
import { shanghaiDate } from '../../shared/days';
import { pageQuerySchema } from '../../shared/pagination';
import type { SignedInCtx } from '../../server/auth/actor';
import { AppError } from '../../server/http/errors';
import { sendStoredFile } from '../files/files.routes';
import {
  adminBundleDetailSchema,
  adminBundlePageSchema,
  adminBundlesQuerySchema,
  adminItemSchema,
  adoptBodySchema,
  bundleCandidatePageSchema,
  bundleCandidatesQuerySchema,
  bundlePreviewBodySchema,
  bundlePreviewSchema,
  bundleChecklistSchema,
  bundleCodeParamSchema,
  bundleDetailSchema,
  bundlesQuerySchema,
  bundleSummarySchema,
  checklistBodySchema,
  checklistResponseSchema,
  implCodeParamSchema,
  itemDetailSchema,
  itemIdParamSchema,
  itemSearchQuerySchema,
  itemSearchResponseSchema,
  materialFileParamSchema,
  noticeQuerySchema,
  versionDetailSchema,
  versionParamSchema,
  versionSummarySchema,
} from './catalog.schemas';
import {
  catalogTemplate,
  ExcelFormatError,
  exportWorkbook,
  importWorkbook,
  XLSX_CONTENT_TYPE,
} from './catalog.excel';
import { publishedMaterialFile } from './catalog.files';
import { bundleNotice, describeAnswers, itemNotice, renderNotice } from './catalog.notice';
import * as catalog from './catalog.service';

const signedIn = (ctx: { actor: unknown }) => ctx as SignedInCtx;
const EDITORS = ['platform_admin', 'center_admin', 'dept_admin'] as const;
/** Bundles cross departments: the center (or the platform) maintains them, not one department. */
const BUNDLE_EDITORS = ['platform_admin', 'center_admin'] as const;
const adminPage = z.object({
  items: z.array(adminItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
/** An .xlsx upload may be far larger than the JSON body limit. */
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
const importResultSchema = z.object({
  ok: z.literal(true),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  bundles: z.number(),
});
/** Beijing date for file names, e.g. 20260301. */
const fileDate = () => shanghaiDate(new Date()).replaceAll('-', '');

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/items',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'Search published items (Chinese bigrams + synonyms), with facets and matching bundles',
        querystring: itemSearchQuerySchema,
        response: { 200: itemSearchResponseSchema },
      },
      // The busiest public route: its answer is built from typed index entries, so it is written out
      // without checking it against the schema again (which cost a twentieth of each search).
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (req) => catalog.searchItems(req.ctx, req.query),
  );
  app.get(
    '/api/v1/items/:implCode',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'The service guide of an item: its published version',
        params: implCodeParamSchema,
        response: { 200: itemDetailSchema },
      },
    },
    async (req) => catalog.getPublishedItem(req.ctx, req.params.implCode),
  );
  app.post(
    '/api/v1/items/:implCode/checklist',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'Situation answers → the exact materials and conditions',
        params: implCodeParamSchema,
        body: checklistBodySchema,
        response: { 200: checklistResponseSchema },
      },
    },
    async (req) => catalog.checklist(req.ctx, req.params.implCode, req.body.answers),
  );
  app.get(
    '/api/v1/items/:implCode/materials/:key/:kind',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: "A material's blank form (空白表格) or filled sample (示例样表), from the published version",
        params: materialFileParamSchema,
      },
    },
    async (req, reply) => {
      const { implCode, key, kind } = req.params;
      return sendStoredFile(reply, await publishedMaterialFile(req.ctx, implCode, key, kind), {
        download: true,
      });
    },
  );
  app.get(
    '/api/v1/bundles',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: '"One thing" bundles',
        querystring: bundlesQuerySchema,
        response: { 200: z.array(bundleSummarySchema) },
      },
    },
    async (req) => catalog.listBundles(req.ctx, req.query),
  );
  app.get(
    '/api/v1/bundles/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'A bundle: members, merged questionnaire and materials, and what it saves',
        params: bundleCodeParamSchema,
        response: { 200: bundleDetailSchema },
      },
    },
    async (req) => catalog.getBundle(req.ctx, req.params.code),
  );
  app.get(
    '/api/v1/items/:implCode/notice.pdf',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'The one-time notice (一次性告知单) for these answers, as PDF',
        params: implCodeParamSchema,
        querystring: noticeQuerySchema,
      },
    },
    async (req, reply) => {
      const { guide, checklist } = await catalog.checklistForItem(
        req.ctx,
        req.params.implCode,
        req.query.answers,
      );
      const answers = describeAnswers(guide.item.situations.questions, req.query.answers);
      const pdf = await renderNotice(
        itemNotice(guide.item, guide.departmentName, answers, checklist),
        req.ctx.config,
      );
      return sendPdf(reply, pdf, `notice-${req.params.implCode}.pdf`);
    },
  );
  app.post(
    '/api/v1/bundles/:code/checklist',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'Answers to the merged questionnaire → one deduplicated checklist',
        params: bundleCodeParamSchema,
        body: checklistBodySchema,
        response: { 200: bundleChecklistSchema },
      },
    },
    async (req) => (await catalog.checklistForBundle(req.ctx, req.params.code, req.body.answers)).checklist,
  );
  app.get(
    '/api/v1/bundles/:code/notice.pdf',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'The one-time notice of a bundle, as PDF',
        params: bundleCodeParamSchema,
        querystring: noticeQuerySchema,
      },
    },
    async (req, reply) => {
      const { detail, checklist } = await catalog.checklistForBundle(
        req.ctx,
        req.params.code,
        req.query.answers,
      );
      const answers = describeAnswers(detail.questions, req.query.answers);
      const pdf = await renderNotice(bundleNotice(detail, answers, checklist), req.ctx.config);
      return sendPdf(reply, pdf, `notice-${req.params.code}.pdf`);
    },
  );

  app.get(
    '/api/v1/catalog/items',
    {
      config: { access: EDITORS },
      schema: {
        tags: ['catalog admin'],
        summary: 'Items I may edit, drafts included',
        querystring: pageQuerySchema.extend({
          region: z
            .string()
            .regex(/^\d{2,12}$/)
            .optional(),
        }),
        response: { 200: adminPage },
      },
    },
    async (req) => catalog.listAdminItems(signedIn(req.ctx), req.query),
  );
  app.post(
    '/api/v1/catalog/items',
    {
      config: { access: EDITORS },
      schema: {
        tags: ['catalog admin'],
        summary: 'Create an item (draft version 1)',
        body: itemInputSchema,
        response: { 201: adminItemSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await catalog.createItem(signedIn(req.ctx), req.body)),
  );
  app.put(
    '/api/v1/catalog/items/:id/draft',
    {
      config: { access: EDITORS },
      schema: {
        tags: ['catalog admin'],
        summary: 'Save the draft (a new version if the item is published)',
        params: itemIdParamSchema,
        body: itemInputSchema,
        response: { 200: adminItemSchema },
      },
    },
    async (req) => catalog.saveDraft(signedIn(req.ctx), req.params.id, req.body),
  );
  app.post(
    '/api/v1/catalog/items/:id/publish',
    {
      config: { access: EDITORS },
      schema: {
        tags: ['catalog admin'],
        summary: 'Publish the draft',
        params: itemIdParamSchema,
        response: { 200: adminItemSchema },
      },
    },
    async (req) => catalog.publishItem(signedIn(req.ctx), req.params.id),
  );
  app.get(
    '/api/v1/catalog/items/:id/versions',
    {
      config: { access: EDITORS },
      schema: {
        tags: ['catalog admin'],
        params: itemIdParamSchema,
        response: { 200: z.array(versionSummarySchema) },
      },
    },
    async (req) => catalog.listVersions(signedIn(req.ctx), req.params.id),
  );
  app.get(
    '/api/v1/catalog/items/:id/versions/:version',
    {
      config: { access: EDITORS },
      schema: { tags: ['catalog admin'], params: versionParamSchema, response: { 200: versionDetailSchema } },
    },
    async (req) => catalog.getItemVersion(signedIn(req.ctx), req.params.id, req.params.version),
  );
  app.post(
    '/api/v1/catalog/items/:id/adopt',
    {
      config: { access: ['platform_admin', 'center_admin'] },
      schema: {
        tags: ['catalog admin'],
        summary: 'Adopt (认领) a city item for a county or township, with local overrides',
        params: itemIdParamSchema,
        body: adoptBodySchema,
        response: { 201: adminItemSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await catalog.adoptItem(signedIn(req.ctx), req.params.id, req.body)),
  );
  app.get(
    '/api/v1/catalog/bundles',
    {
      config: { access: BUNDLE_EDITORS },
      schema: {
        tags: ['catalog admin'],
        summary: 'Bundles I may maintain, newest change first',
        querystring: adminBundlesQuerySchema,
        response: { 200: adminBundlePageSchema },
      },
    },
    async (req) => catalog.listAdminBundles(signedIn(req.ctx), req.query),
  );
  app.get(
    '/api/v1/catalog/bundles/candidates',
    {
      config: { access: BUNDLE_EDITORS },
      schema: {
        tags: ['catalog admin'],
        summary: "Published items a bundle of this region may take: the region's own and the city's above it",
        querystring: bundleCandidatesQuerySchema,
        response: { 200: bundleCandidatePageSchema },
      },
    },
    async (req) => catalog.bundleCandidates(signedIn(req.ctx), req.query),
  );
  app.post(
    '/api/v1/catalog/bundles/preview',
    {
      config: { access: BUNDLE_EDITORS },
      schema: {
        tags: ['catalog admin'],
        summary: 'A bundle being edited, merged and checked by the server; nothing is saved',
        body: bundlePreviewBodySchema,
        response: { 200: bundlePreviewSchema },
      },
    },
    async (req) => {
      const preview = await catalog.previewBundle(signedIn(req.ctx), req.body);
      return { ...preview, problems: preview.problems.map((p) => ({ ...p, message: p.message[req.lang] })) };
    },
  );
  app.get(
    '/api/v1/catalog/bundles/:code',
    {
      config: { access: BUNDLE_EDITORS },
      schema: {
        tags: ['catalog admin'],
        summary: 'A bundle as saved, for its editor',
        params: bundleCodeParamSchema,
        response: { 200: adminBundleDetailSchema },
      },
    },
    async (req) => catalog.getAdminBundle(signedIn(req.ctx), req.params.code),
  );
  app.post(
    '/api/v1/catalog/bundles',
    {
      config: { access: BUNDLE_EDITORS },
      schema: {
        tags: ['catalog admin'],
        summary: 'Create a bundle (409 if the code exists)',
        body: bundleInputSchema,
        response: { 201: bundleDetailSchema },
      },
    },
    async (req, reply) => {
      await catalog.saveBundle(signedIn(req.ctx), req.body, { create: true });
      return reply.status(201).send(await catalog.getBundle(req.ctx, req.body.code));
    },
  );
  app.put(
    '/api/v1/catalog/bundles/:code',
    {
      config: { access: BUNDLE_EDITORS },
      schema: {
        tags: ['catalog admin'],
        summary: 'Create or replace a bundle',
        params: bundleCodeParamSchema,
        body: bundleInputSchema,
        response: { 200: bundleDetailSchema },
      },
    },
    async (req) => {
      if (req.body.code !== req.params.code) {
        throw new AppError('VALIDATION_FAILED', [
          {
            field: 'code',
            code: 'BUNDLE_CODE_MISMATCH',
            message: {
              zh: '请求体中的编码与地址不一致',
              en: 'The body’s code differs from the one in the URL',
            },
          },
        ]);
      }
      await catalog.saveBundle(signedIn(req.ctx), req.body);
      return catalog.getBundle(req.ctx, req.params.code);
    },
  );

  // Excel (.xlsx): in a scope of their own, so the raw-body parser applies to these routes only.
  await app.register(async (scope) => {
    const xlsx = scope.withTypeProvider<ZodTypeProvider>();
    xlsx.addContentTypeParser(
      XLSX_CONTENT_TYPE,
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    );
    xlsx.get(
      '/api/v1/catalog/export.xlsx',
      {
        config: { access: EDITORS },
        schema: {
          tags: ['catalog admin'],
          summary: 'The published catalog in my scope as an Excel workbook (one sheet per entity)',
        },
      },
      async (req, reply) => {
        const file = await exportWorkbook(signedIn(req.ctx));
        return reply
          .type(XLSX_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="tongban-catalog-${fileDate()}.xlsx"`)
          .header('cache-control', 'no-store')
          .send(file);
      },
    );
    xlsx.get(
      '/api/v1/catalog/template.xlsx',
      {
        config: { access: EDITORS },
        schema: {
          tags: ['catalog admin'],
          summary: 'The import template: headers, dropdowns and a worked example',
        },
      },
      async (_req, reply) =>
        reply
          .type(XLSX_CONTENT_TYPE)
          .header('content-disposition', 'attachment; filename="tongban-catalog-template.xlsx"')
          .send(await catalogTemplate()),
    );
    xlsx.post(
      '/api/v1/catalog/import',
      {
        config: { access: EDITORS },
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: ['catalog admin'],
          summary: `Import an Excel workbook (body: the raw .xlsx, ${XLSX_CONTENT_TYPE}); all or nothing`,
          response: { 200: importResultSchema },
        },
      },
      async (req) => {
        if (!Buffer.isBuffer(req.body)) throw notXlsx();
        const result = await importWorkbook(signedIn(req.ctx), req.body).catch((err: unknown) => {
          if (!(err instanceof ExcelFormatError)) throw err;
          const code = err.code === 'IMPORT_TOO_LARGE' ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED';
          throw new AppError(code, [{ code: err.code, message: err.localized }], err.localized);
        });
        if (result.ok) return result;
        const n = result.problems.length;
        throw new AppError('VALIDATION_FAILED', result.problems, {
          zh: `导入文件中有 ${n} 处问题，未导入任何内容`,
          en: `The file has ${n} problem${n === 1 ? '' : 's'}; nothing was imported`,
        });
      },
    );
  });
};

function sendPdf(reply: FastifyReply, pdf: Buffer, filename: string) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(pdf);
}

function notXlsx(): AppError {
  const message = {
    zh: '请以 Excel 工作簿（.xlsx）作为请求体上传',
    en: 'Send the Excel workbook (.xlsx) as the request body',
  };
  return new AppError('VALIDATION_FAILED', [{ code: 'IMPORT_NOT_XLSX', message }], message);
}

export default routes;
