import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
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
  const client = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    // SM3 for the audit chain's hashes (migration 0008), as PostgreSQL's own pgcrypto has it.
    extensions: { pgcrypto },
  });
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

/**
 * Statements get a name from their text, so each connection parses and plans a statement once and
 * later only binds it (as PostgreSQL's own pgbench -M prepared does). Only statements pg sends with
 * the extended protocol anyway (parameters or array rows): a parameterless string may hold several
 * statements, which a prepared statement cannot. Bounded: bulk statements whose text varies with
 * their row count (an import) stop being named once the table is full, and are sent as before.
 */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 2000;
const MAX_NAMED_TEXT = 8192;

/** The statement's name by its text; undefined for one that stays unnamed. */
function nameOf(config: pg.QueryConfig): string | undefined {
  if (config.name) return config.name;
  if (!(config as { rowMode?: string }).rowMode && !config.values?.length) return undefined;
  let name = statementNames.get(config.text);
  if (
    name === undefined &&
    statementNames.size < MAX_NAMED_STATEMENTS &&
    config.text.length <= MAX_NAMED_TEXT
  ) {
    name = `tb_${statementNames.size}`;
    statementNames.set(config.text, name);
  }
  return name;
}

class PreparingClient extends pg.Client {
  // pg takes (text or config, values?, callback?) or a Submittable; a config carrying its values and
  // name means the same to it.
  override query(...args: unknown[]): never {
    const [first, second, third] = args;
    if (first !== null && typeof first === 'object' && 'submit' in first)
      return super.query(first as pg.Submittable) as never;
    const callback = (typeof second === 'function' ? second : third) as
      ((err: Error, result: pg.QueryResult) => void) | undefined;
    const config: pg.QueryConfig =
      typeof first === 'string' ? { text: first } : { ...(first as pg.QueryConfig) };
    if (Array.isArray(second)) config.values = second;
    const name = nameOf(config);
    if (name) config.name = name;
    return (callback ? super.query(config, callback) : super.query(config)) as never;
  }
}

export function openPostgres(url: string, options: { max?: number } = {}): Database & { pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    Client: PreparingClient,
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
