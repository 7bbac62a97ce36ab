import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { adminQuery, buildPgliteTemplate, buildPostgresTemplate } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite mode: a gzip dump of the migrated, seeded template data directory. */
    pgliteTemplatePath: string | null;
    /** PostgreSQL mode: the server URL and the name of the template database. */
    postgresTemplate: { serverUrl: string; name: string } | null;
  }
}

/** One migrated, seeded template per run; each test file then gets its own copy. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = await buildPostgresTemplate(serverUrl);
    project.provide('postgresTemplate', { serverUrl, name });
    project.provide('pgliteTemplatePath', null);
    return () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const dump = await buildPgliteTemplate();
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tongban-tpl-')), 'template.tar.gz');
  await fs.writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', file);
  project.provide('postgresTemplate', null);
  return () => fs.rm(path.dirname(file), { recursive: true, force: true });
}
