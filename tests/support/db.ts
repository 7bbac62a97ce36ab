import fs from 'node:fs/promises';
import { inject } from 'vitest';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { openPglite, openPostgres, type Database, type Db } from '../../src/server/db/client';
import * as schema from '../../src/server/db/schema';
import { adminQuery, databaseUrl, uniqueName } from './template';

export type TestDatabase = Database & {
  /** Runs SQL as the database owner (superuser): for setting up states and simulating tampering. */
  superSql(text: string): Promise<void>;
  /** A second handle on the same database, as another server process would hold: nothing in-process is shared. */
  anotherHandle(): Db;
};

/** A database of this test file's own, copied from the run's template; dropped by close(). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject('postgresTemplate');
  if (template) {
    const name = uniqueName('tongban_test');
    await adminQuery(template.serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template.name}`);
    const database = openPostgres(databaseUrl(template.serverUrl, name), { max: 5 });
    return {
      ...database,
      superSql: async (text) => {
        await database.pool.query(text);
      },
      anotherHandle: () => drizzleNodePg({ client: database.pool, schema }),
      close: async () => {
        await database.close();
        await adminQuery(template.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dumpPath = inject('pgliteTemplatePath');
  if (!dumpPath) throw new Error('the global setup provided no template');
  const database = await openPglite(undefined, new Blob([await fs.readFile(dumpPath)]));
  return {
    ...database,
    superSql: async (text) => {
      await database.client.exec(text);
    },
    anotherHandle: () => drizzlePglite({ client: database.client, schema }),
  };
}
