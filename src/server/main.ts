import cluster, { type Worker } from 'node:cluster';
import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { accounts } from '../modules/accounts/accounts.tables';
import { seedCalendar } from '../modules/calendar/calendar.seed';
import { startJobRunner, type JobRunner } from '../modules/jobs/jobs.runner';
import { buildApp } from './app';
import type { Config } from './config';
import { openPostgres, type Database } from './db/client';
import { openConfiguredDatabase } from './db/open';
import { seedDemo } from './seed/demo';

export type Running = { app: FastifyInstance; database: Database; url: string; stop(): Promise<void> };

/**
 * What the database needs before anyone is served, done once: migrations (on opening), the holiday
 * years it lacks (deadlines need them; years already there, an admin's corrections included, are
 * left alone) and, when asked, the demo city in an empty database.
 */
async function prepareDatabase(config: Config, seed: boolean): Promise<Database> {
  const database = await openConfiguredDatabase(config);
  try {
    await seedCalendar(database.db);
    if (seed) {
      const [row] = await database.db.select({ n: count() }).from(accounts);
      if ((row?.n ?? 0) === 0) await seedDemo(database.db);
    }
    return database;
  } catch (err) {
    await database.close().catch(() => undefined);
    throw err;
  }
}

/**
 * config → database → migrate → holiday years the database lacks → (demo seed) → listen → job runner; SIGTERM drains requests, lets the
 * job batch in progress finish, closes the database, exits 0. A worker of a cluster, whose primary
 * has prepared the database, only opens it.
 */
export async function startServer(
  config: Config,
  options: { seedDemo?: boolean; handleSignals?: boolean; preparedByPrimary?: boolean } = {},
): Promise<Running> {
  const started = performance.now();
  const database =
    options.preparedByPrimary && config.databaseUrl
      ? openPostgres(config.databaseUrl)
      : await prepareDatabase(config, options.seedDemo ?? config.seedDemo);
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({ config, database });
    const url = await app.listen({ host: config.host, port: config.port });
    const jobs: JobRunner | null = config.jobs.enabled ? startJobRunner(database.db, app.log) : null;
    app.log.info(
      {
        database: database.kind,
        ms: Math.round(performance.now() - started),
        rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      },
      `Tongban ready at ${url}`,
    );

    let stopping: Promise<void> | undefined;
    const running: Running = {
      app,
      database,
      url,
      stop: () =>
        (stopping ??= (async () => {
          await Promise.all([running.app.close(), jobs?.stop()]);
          await database.close();
        })()),
    };
    if (options.handleSignals ?? true) {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          running.app.log.info({ signal }, 'shutting down: finishing requests in flight');
          running.stop().then(
            () => process.exit(0),
            (err: unknown) => {
              running.app.log.error({ err }, 'shutdown failed');
              process.exit(1);
            },
          );
        });
      }
    }
    return running;
  } catch (err) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw err;
  }
}

const LOGGED_LEVELS: Record<Config['logLevel'], readonly ('info' | 'error')[]> = {
  trace: ['info', 'error'],
  debug: ['info', 'error'],
  info: ['info', 'error'],
  warn: ['error'],
  error: ['error'],
  fatal: [],
  silent: [],
};

/**
 * WORKERS > 1: this process prepares the database, then starts that many workers, each a whole
 * server on the same port (the cluster module hands each new connection to one of them). SIGTERM
 * is passed on and the primary exits once every worker has drained. A worker that dies is
 * replaced, unless it dies before it ever listened (a bad port, say), which stops them all.
 */
export async function startCluster(config: Config, options: { seedDemo?: boolean } = {}): Promise<void> {
  // The workers log through pino; the primary's few lines take the same shape and level filter.
  const log = (level: 'info' | 'error', msg: string, extra: Record<string, unknown> = {}) => {
    if (!LOGGED_LEVELS[config.logLevel].includes(level)) return;
    console[level === 'error' ? 'error' : 'log'](
      JSON.stringify({
        level: level === 'error' ? 50 : 30,
        time: Date.now(),
        pid: process.pid,
        ...extra,
        msg,
      }),
    );
  };
  const database = await prepareDatabase(config, options.seedDemo ?? config.seedDemo);
  await database.close();
  let stopping = false;
  const alive = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    let listened = false;
    alive.add(worker);
    worker.once('listening', () => (listened = true));
    worker.once('exit', (code, signal) => {
      alive.delete(worker);
      if (stopping) {
        if (alive.size === 0) process.exit(0);
        return;
      }
      log('error', 'worker exited', { worker: worker.process.pid, code, signal });
      if (listened) fork();
      else stopAll(1);
    });
  };
  const stopAll = (exitCode: number) => {
    stopping = true;
    for (const worker of alive) if (!worker.isDead()) worker.process.kill('SIGTERM');
    if (alive.size === 0 || exitCode !== 0) setTimeout(() => process.exit(exitCode), 0).unref();
  };
  for (let i = 0; i < config.workers; i++) fork();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log('info', 'shutting down: workers finish the requests in flight', { signal });
      stopAll(0);
    });
  }
  log('info', `Tongban starting ${config.workers} workers`, { workers: config.workers });
}
