import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** One type for both drivers: services never know which database they run on. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
};

/** Day arithmetic in SQL must agree with the app's, which counts days in Asia/Shanghai. */
const SESSION_TIMEZONE = 'Asia/Shanghai';

export async function openPglite(
  dataDir: string | undefined,
  loadDataDir?: Blob,
): Promise<Database & { client: PGlite }> {
  const client = new PGlite({ ...(dataDir ? { dataDir } : {}), ...(loadDataDir ? { loadDataDir } : {}) });
  await client.waitReady;
  await client.exec(`SET TIME ZONE '${SESSION_TIMEZONE}'`);
  const db: Db = drizzlePglite({ client, schema });
  return {
    kind: 'pglite',
    db,
    client,
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}

export function openPostgres(url: string, options: { max?: number } = {}): Database & { pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    options: `-c timezone=${SESSION_TIMEZONE}`,
  });
  // An idle pooled connection can be ended by the server (restart, admin termination); pg emits that
  // on the pool, and an unheard 'error' event would take the whole process down. The pool replaces it.
  pool.on('error', (err) => {
    process.emitWarning(`idle PostgreSQL connection lost: ${err.message}`);
  });
  const db: Db = drizzleNodePg({ client: pool, schema });
  return {
    kind: 'postgres',
    db,
    pool,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}
