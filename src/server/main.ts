import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { accounts } from '../modules/accounts/accounts.tables';
import { seedCalendar } from '../modules/calendar/calendar.seed';
import { startJobRunner, type JobRunner } from '../modules/jobs/jobs.runner';
import { buildApp } from './app';
import type { Config } from './config';
import type { Database } from './db/client';
import { openConfiguredDatabase } from './db/open';
import { seedDemo } from './seed/demo';

export type Running = { app: FastifyInstance; database: Database; url: string; stop(): Promise<void> };

/**
 * config → database → migrate → holiday years the database lacks → (demo seed) → listen → job runner; SIGTERM drains requests, lets the
 * job batch in progress finish, closes the database, exits 0.
 */
export async function startServer(
  config: Config,
  options: { seedDemo?: boolean; handleSignals?: boolean } = {},
): Promise<Running> {
  const started = performance.now();
  const database = await openConfiguredDatabase(config);
  let app: FastifyInstance | undefined;
  try {
    // Without the demo too: deadlines need the holiday calendar. Years already there, an admin's
    // corrections included, are left alone.
    await seedCalendar(database.db);
    if (options.seedDemo ?? config.seedDemo) {
      const [row] = await database.db.select({ n: count() }).from(accounts);
      if ((row?.n ?? 0) === 0) await seedDemo(database.db);
    }
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
