import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres } from '../../src/server/db/client';
import { migratePgliteClient, migratePostgres } from '../../src/server/db/migrate';
import { seedDemo } from '../../src/server/seed/demo';

/** Builds the database every test starts from: migrated, with the demo city. */
export async function buildPgliteTemplate(): Promise<Blob> {
  const database = await openPglite(undefined);
  try {
    await migratePgliteClient(database.client);
    await seedDemo(database.db);
    return await database.client.dumpDataDir('gzip');
  } finally {
    await database.close();
  }
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function buildPostgresTemplate(serverUrl: string): Promise<string> {
  const name = uniqueName('tongban_tpl');
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = databaseUrl(serverUrl, name);
  await migratePostgres(url);
  const database = openPostgres(url, { max: 2 });
  try {
    await seedDemo(database.db);
  } finally {
    await database.close();
  }
  return name;
}
