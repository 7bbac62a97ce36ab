import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance, type RouteOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskSensitiveText } from '../shared/mask';
import accountsRoutes from '../modules/accounts/accounts.routes';
import auditRoutes from '../modules/audit/audit.routes';
import calendarRoutes from '../modules/calendar/calendar.routes';
import { registerCaseJobs } from '../modules/cases/cases.jobs';
import casesRoutes from '../modules/cases/cases.routes';
import { calendarWarnings } from '../modules/calendar/calendar.service';
import { registerCatalogFileReferences } from '../modules/catalog/catalog.files';
import catalogRoutes from '../modules/catalog/catalog.routes';
import { warmCatalogIndex } from '../modules/catalog/catalog.service';
import { registerFileJobs } from '../modules/files/files.jobs';
import filesRoutes from '../modules/files/files.routes';
import notificationsRoutes from '../modules/notifications/notifications.routes';
import { LogNotifier, useNotifier } from '../modules/notifications/notifications.service';
import { LocalFileStore, type FileStore } from '../modules/files/files.store';
import orgRoutes from '../modules/org/org.routes';
import type { Access } from './auth/access';
import { registerAccessControl } from './auth/plugin';
import type { Config } from './config';
import type { Database } from './db/client';
import { AppError, type ErrorCode } from './http/errors';
import { pickLang } from './http/lang';
import { issuesToDetails, RequestValidationError, zodValidatorCompiler } from './http/validation';

export type RouteEntry = { method: string; url: string; access: Access | undefined };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its access declaration, for the startup check and the test that walks them. */
    routeTable: RouteEntry[];
  }
}

const FASTIFY_ERRORS: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
};

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export type BuildOptions = {
  config: Config;
  database: Database;
  /** Where uploaded files' bytes live; a local directory (FILES_DIR) unless given. */
  files?: FileStore;
  logger?: boolean;
  /** Where log lines go (stdout by default). */
  logStream?: { write(line: string): void };
};

export async function buildApp({
  config,
  database,
  files = new LocalFileStore(config.files.dir),
  logger = true,
  logStream,
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger
      ? {
          level: config.logLevel,
          ...(logStream ? { stream: logStream } : {}),
          serializers: {
            req: (req: { method: string; url: string; id: string }) => ({
              method: req.method,
              url: maskSensitiveText(req.url),
              id: req.id,
            }),
          },
        }
      : false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  });
  // JSON only: a plain-text body is what a cross-site form can send without a CORS preflight.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.decorate('routeTable', [] as RouteEntry[]);
  const routeOptions: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routeOptions.push(route);
  });
  app.addHook('onReady', async () => {
    for (const route of routeOptions) {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods)
        app.routeTable.push({ method, url: route.url, access: route.config?.access });
    }
    const undeclared = app.routeTable.filter((r) => r.access === undefined);
    if (undeclared.length) {
      throw new Error(
        `Routes without an access declaration: ${undeclared.map((r) => `${r.method} ${r.url}`).join(', ')}`,
      );
    }
  });

  app.decorateRequest('lang', 'zh');
  app.addHook('onRequest', async (req, reply) => {
    req.lang = pickLang(req.headers['accept-language']);
    void reply.header('x-request-id', req.id);
  });

  app.setErrorHandler((err: FastifyError | AppError | RequestValidationError, req, reply) => {
    let error: AppError;
    if (err instanceof AppError) error = err;
    else if (err instanceof RequestValidationError)
      error = new AppError('VALIDATION_FAILED', issuesToDetails(err.issues, err.part));
    else if (err.code && FASTIFY_ERRORS[err.code])
      error = new AppError(FASTIFY_ERRORS[err.code] as ErrorCode);
    else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      error = new AppError(
        err.statusCode === 404 ? 'NOT_FOUND' : err.statusCode === 405 ? 'METHOD_NOT_ALLOWED' : 'BAD_REQUEST',
      );
    } else {
      req.log.error({ err }, 'unhandled error');
      error = new AppError('INTERNAL', [{ code: 'REQUEST_ID', message: req.id }]);
    }
    if (error.status < 500) req.log.info({ code: error.code }, 'request refused');
    return reply.status(error.status).send(error.body(req.lang ?? 'zh'));
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tongban 通办 API',
        version: '1',
        description: 'Integrated government-services platform',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tb_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // Plugin-made routes (docs UI, static files) are public; mark them before the startup check reads them.
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'public' };
    });
    await docs.register(fastifySwaggerUi, { routePrefix: '/docs' });
    if (fs.existsSync(path.join(config.webDist, 'index.html'))) {
      await docs.register(fastifyStatic, {
        root: config.webDist,
        prefix: '/',
        wildcard: false,
        index: false,
      });
    }
  });

  registerAccessControl(app, database, config, files);

  const zapp = app.withTypeProvider<ZodTypeProvider>();
  zapp.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );
  zapp.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await database.ping();
      const warnings = await calendarWarnings(database.db, config.now(), _req.lang);
      return { status: 'ok', database: database.kind, ...(warnings.length ? { warnings } : {}) };
    } catch {
      const body = new AppError('SERVICE_UNAVAILABLE', [
        { code: 'DATABASE_UNREACHABLE', message: 'database did not answer' },
      ]);
      return reply.status(503).send(body.body(_req.lang));
    }
  });
  zapp.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.register(accountsRoutes);
  await app.register(orgRoutes);
  await app.register(auditRoutes);
  await app.register(calendarRoutes);
  await app.register(catalogRoutes);
  await app.register(filesRoutes);
  await app.register(casesRoutes);
  registerCaseJobs(config);
  registerCatalogFileReferences();
  registerFileJobs(config, files);
  // A listening server builds its search index at once, so that its first citizen does not wait for it.
  app.addHook('onListen', () => warmCatalogIndex(database.db));
  useNotifier(new LogNotifier(app.log));
  await app.register(notificationsRoutes);

  const indexHtml = path.join(config.webDist, 'index.html');
  app.setNotFoundHandler((req, reply) => {
    const wantsPage =
      req.method === 'GET' && !req.url.startsWith('/api/') && req.headers.accept?.includes('text/html');
    if (wantsPage && fs.existsSync(indexHtml)) {
      return reply.type('text/html; charset=utf-8').send(fs.createReadStream(indexHtml));
    }
    return reply.status(404).send(new AppError('ROUTE_NOT_FOUND').body(req.lang ?? 'zh'));
  });

  return app;
}
