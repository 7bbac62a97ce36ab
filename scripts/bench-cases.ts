/**
 * `npm run bench:cases [-- --clients 16] [--seconds 30] [--keep]`
 *
 * The whole life of a case through HTTP on PostgreSQL: a citizen submits online with the materials
 * its checklist requires → the reviewer accepts → completes 审查 → approves at 决定 → the clerk delivers.
 * A fresh database `tongban_bench_cases_<random>` is migrated and seeded; the real server listens and
 * a separate process runs `--clients` concurrent clients (each its own bench citizen, signed in and
 * with its two files uploaded once before the clock starts) for `--seconds`. It reports completed
 * cases per second, p50/p95/p99 per action and errors. The server is the real one as deployed on
 * PostgreSQL (`tongban serve`, NODE_ENV=production), with WORKERS processes, each with the deployed
 * pool size (10). Its job runner is off, as the ceiling below has no background work either.
 *
 * The ceiling: the SQL statements our server runs for one case (captured from the pool while one
 * case goes through the same HTTP path) replayed as one pgbench script, each request's statements
 * as they came (BEGIN … COMMIT included), values a later statement reuses passed on with \gset.
 * pgbench runs it with the same clients for the same time; we print our throughput as a share of it.
 *
 *   --clients N   concurrent clients for both runs (default 16)
 *   --workers N   server processes (default: the machine's cores, as a deployment would set WORKERS)
 *   --seconds S   duration of each run (default 30)
 *   --rounds R    our run and pgbench's, alternately, R times each (default 2); the means are compared
 *   --keep        keep the database afterwards (for EXPLAIN ANALYZE), printing its name
 */
import { execFile, fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs, promisify } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { foodLicenceItem, MARKET_BODY_CODE } from '../tests/fixtures/catalog';
import { adminQuery, databaseUrl, uniqueName } from '../tests/support/template';
import { makeIdNumber } from '../src/shared/identity';
import { accounts } from '../src/modules/accounts/accounts.tables';
import { hashPassword } from '../src/server/auth/password';
import { buildApp } from '../src/server/app';
import { openPostgres, type Database, type Db } from '../src/server/db/client';
import * as schema from '../src/server/db/schema';
import { loadConfig } from '../src/server/config';
import { migratePostgres } from '../src/server/db/migrate';
import { DEMO_PASSWORD, seedDemo } from '../src/server/seed/demo';
import { oneCase, Session, STEPS, type Reply, type Step } from './bench-cases-http';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '16' },
    workers: { type: 'string', default: String(os.availableParallelism()) },
    seconds: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const workers = Number(values.workers);
const rounds = Number(values.rounds);
const IMPL_CODE = `${MARKET_BODY_CODE}010105001000901`;

type Captured = { step: Step; text: string; values: unknown[]; fields: string[]; rows: unknown[][] };

/** A pool whose every statement (with its result) is recorded while `capturing.step` is set. */
function capturingDatabase(url: string) {
  const log: Captured[] = [];
  const capturing: { step: Step | null } = { step: null };
  const pool = new pg.Pool({ connectionString: url, max: 4, options: '-c timezone=Asia/Shanghai' });
  pool.on('connect', (client) => {
    const original = client.query.bind(client) as (...a: unknown[]) => Promise<pg.QueryResult>;
    (client as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => {
      const step = capturing.step;
      const config = a[0] as string | { text: string; values?: unknown[] };
      const text = typeof config === 'string' ? config : config.text;
      const params =
        (Array.isArray(a[1]) ? (a[1] as unknown[]) : undefined) ??
        (typeof config === 'string' ? [] : (config.values ?? []));
      if (!step) return original(...a);
      const entry: Captured = { step, text, values: params, fields: [], rows: [] };
      log.push(entry);
      const record = (r: pg.QueryResult | undefined) => {
        entry.fields = (r?.fields ?? []).map((f) => f.name);
        entry.rows = (r?.rows ?? []).map((row: unknown) =>
          Array.isArray(row)
            ? (row as unknown[])
            : entry.fields.map((f) => (row as Record<string, unknown>)[f]),
        );
      };
      // pg-pool's own query() passes a callback; drizzle's transactions await a promise.
      const last = a.length - 1;
      const callback = a[last];
      if (typeof callback === 'function') {
        a[last] = (err: unknown, r: pg.QueryResult) => {
          if (!err) record(r);
          (callback as (e: unknown, r: pg.QueryResult) => void)(err, r);
        };
        return original(...a);
      }
      const result = original(...a);
      void result.then(record, () => {});
      return result;
    };
  });
  const db: Db = drizzle({ client: pool, schema });
  const database: Database = {
    kind: 'postgres',
    db,
    ping: async () => {},
    close: () => pool.end(),
  };
  return { database, log, capturing };
}

/** pg's own conversion of a parameter to its text form (dates, arrays, JSON); null stays null. */
const prepare = (
  createRequire(import.meta.url)('pg/lib/utils.js') as {
    prepareValue: (v: unknown) => string | Buffer | null | undefined;
  }
).prepareValue;

const textOf = (v: unknown): string | null => {
  const text = prepare(v);
  return text === null || text === undefined ? null : text.toString();
};

/** A value as an SQL literal: pg's own text form, quoted, so the server infers its type as for a parameter. */
function literal(v: unknown): string {
  const text = textOf(v);
  if (text === null) return 'NULL';
  const quoted = text.replaceAll("'", "''");
  // pgbench reads ":name" even inside a literal: spell a colon as an escape.
  return quoted.includes(':')
    ? `E'${quoted.replaceAll('\\', '\\\\').replaceAll(':', '\\x3a')}'`
    : `'${quoted}'`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids our code makes for the rows it inserts (the "id" column of an INSERT, on its own or as a WITH
 * clause of a statement that carries several): new for every case.
 */
function newIds(log: Captured[]): Set<string> {
  const ids = new Set<string>();
  for (const e of log) {
    for (const m of e.text.matchAll(/insert into "[^"]+" \(([^)]*)\) values ((?:\([^()]*\)(?:, )?)+)/g)) {
      const at = (m[1] ?? '')
        .split(',')
        .map((c) => c.trim())
        .indexOf('"id"');
      if (at < 0) continue;
      for (const tuple of (m[2] ?? '').matchAll(/\(([^()]*)\)/g)) {
        const n = /^\$(\d+)$/.exec((tuple[1] ?? '').split(',')[at]?.trim() ?? '')?.[1];
        const v = n ? e.values[Number(n) - 1] : undefined;
        if (typeof v === 'string' && UUID.test(v)) ids.add(v);
      }
    }
  }
  return ids;
}

const reusable = (field: string, v: unknown) =>
  /^[a-z_][a-z0-9_]*$/i.test(field) &&
  ((typeof v === 'string' && (v.length >= 16 || field === 'seq')) ||
    (typeof v === 'number' && (field === 'id' || field === 'seq')));

/**
 * One pgbench script from one captured case. A value returned by a one-row statement and used by a
 * later one becomes a \gset variable (ids, sequence values, hashes: not small numbers such as a
 * version, which match by accident); values that must differ per case (its number) are fresh
 * random values set at the start.
 */
function pgbenchScript(log: Captured[], unique: Map<string, string>): string {
  for (const id of newIds(log)) unique.set(id, `:u_id_${unique.size}`);
  const known = new Map<string, string>(unique);
  const lines: string[] = [...unique.values()].map(
    (v) => `SELECT gen_random_uuid()::text AS ${v.slice(1)} \\gset`,
  );
  const usedLater = (i: number, value: string) =>
    log.slice(i + 1).some((e) => e.values.some((p) => textOf(p) === value));
  log.forEach((entry, i) => {
    let text = entry.text.replace(/\$(\d+)/g, (_m, n: string) => {
      const v = entry.values[Number(n) - 1];
      const asText = textOf(v);
      return asText !== null && known.has(asText) ? (known.get(asText) ?? '') : literal(v);
    });
    text = text.replace(/\s+/g, ' ').trim();
    const row = entry.rows.length === 1 ? entry.rows[0] : undefined;
    const reused = row
      ? entry.fields.some((f, k) => reusable(f, row[k]) && usedLater(i, String(row[k])))
      : false;
    if (row && reused) {
      const prefix = `r${i}_`;
      entry.fields.forEach((f, k) => {
        const v = row[k];
        if (reusable(f, v)) known.set(String(v), `:${prefix}${f}`);
      });
      lines.push(`${text} \\gset ${prefix}`);
    } else lines.push(`${text};`);
  });
  return `${lines.join('\n')}\n`;
}

type LoadStats = {
  completed: number;
  casesPerSecond: number;
  errors: number;
  firstErrors: string[];
  perStep: Record<Step, { n: number; p50: number; p95: number; p99: number }>;
};

/** One timed run of the load generator, in a process of its own. */
function drive(appUrl: string, citizenNames: string[]): Promise<LoadStats> {
  const load = fork(
    path.join(import.meta.dirname, 'bench-cases-load.ts'),
    [
      JSON.stringify({
        url: appUrl,
        seconds,
        citizens: citizenNames,
        password: DEMO_PASSWORD,
        implCode: IMPL_CODE,
      }),
    ],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--import', 'tsx'] },
  );
  return new Promise((resolve, reject) => {
    load.once('message', (m) => resolve(m as LoadStats));
    load.once('error', reject);
  });
}

/** The ceiling: the captured statements as one pgbench script, same clients, same time. */
async function pgbench(url: string, scriptPath: string): Promise<{ tps: number; failed: string }> {
  const u = new URL(url);
  const { stdout } = await promisify(execFile)(
    '/usr/bin/pgbench',
    [
      '-n',
      '-c',
      String(clients),
      '-j',
      '2',
      '-T',
      String(seconds),
      '-M',
      'prepared',
      '-f',
      scriptPath,
      '-h',
      u.hostname,
      '-p',
      u.port || '5432',
      '-U',
      decodeURIComponent(u.username),
      u.pathname.slice(1),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return {
    tps: Number(/tps = ([\d.]+)/.exec(stdout)?.[1] ?? NaN),
    failed: /number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? '?',
  };
}

/** `tongban serve` on the bench database, as deployed; resolves once it answers /readyz. */
async function serve(databaseUrl: string, workerCount: number) {
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const root = path.resolve(import.meta.dirname, '..');
  const child = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'src/cli/tongban.ts'), 'serve'],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        HOST: '127.0.0.1',
        PORT: String(port),
        WORKERS: String(workerCount),
        JOBS_ENABLED: 'false',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (i > 600) throw new Error('the server did not become ready in 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function main() {
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = uniqueName('tongban_bench_cases');
  await adminQuery(server, `CREATE DATABASE ${name}`);
  const url = databaseUrl(server, name);
  const database = openPostgres(url, { max: 10 });
  const capture = capturingDatabase(url);
  let served: Awaited<ReturnType<typeof serve>> | undefined;
  try {
    await migratePostgres(url);
    await seedDemo(database.db);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const citizens = Array.from({ length: clients + 1 }, (_, i) => `bench_citizen_${i}`);
    await database.db.insert(accounts).values(
      citizens.map((username, i) => ({
        username,
        passwordHash,
        role: 'citizen' as const,
        displayName: `压测居民${i}`,
        regionCode: '330703',
        idNumber: makeIdNumber(`3307031990${String(100000 + i).slice(-6)}1`),
        phone: `139${String(10_000_000 + i).slice(-8)}`,
      })),
    );

    const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', PORT: '0', SEED_DEMO: 'false' });
    served = await serve(url, workers);
    const appUrl = served.url;
    const admin = new Session(appUrl);
    await admin.signIn('admin', DEMO_PASSWORD);
    const created = await admin.post('/api/v1/catalog/items', foodLicenceItem({ implCode: IMPL_CODE }));
    if (created.status !== 201) throw new Error(`item: ${created.status} ${JSON.stringify(created.body)}`);
    const published = await admin.post(`/api/v1/catalog/items/${String(created.body.id)}/publish`, {});
    if (published.status !== 200) throw new Error(`publish: ${published.status}`);

    // The statements of one case, through a second server on a recording pool; the first case
    // warms its caches as the bench's long-running server's are warm.
    const captureApp = await buildApp({ config, database: capture.database, logger: false });
    const captureUrl = await captureApp.listen({ host: '127.0.0.1', port: 0 });
    const s = {
      citizen: new Session(captureUrl),
      reviewer: new Session(captureUrl),
      clerk: new Session(captureUrl),
    };
    await s.citizen.signIn(citizens[clients] ?? '', DEMO_PASSWORD);
    await s.reviewer.signIn('reviewer', DEMO_PASSWORD);
    await s.clerk.signIn('clerk', DEMO_PASSWORD);
    const fileIds = {
      application: await s.citizen.uploadPdf('a.pdf'),
      licence: await s.citizen.uploadPdf('b.pdf'),
    };
    const plain = (_step: Step, call: () => Promise<Reply>) => call();
    await oneCase(s, IMPL_CODE, fileIds, plain);
    let caseNo = '';
    await oneCase(s, IMPL_CODE, fileIds, async (step, call) => {
      capture.capturing.step = step;
      const res = await call();
      capture.capturing.step = null;
      if (step === 'submit' && typeof res.body.caseNo === 'string') caseNo = res.body.caseNo;
      return res;
    });
    await captureApp.close();
    const perStep = STEPS.map((step) => `${step} ${capture.log.filter((e) => e.step === step).length}`);
    console.log(`\nSQL statements per action (BEGIN/COMMIT included): ${perStep.join(', ')}`);

    const unique = new Map<string, string>();
    if (caseNo) unique.set(caseNo, ':u_case_no');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-pgbench-'));
    const scriptPath = path.join(dir, 'case.sql');
    fs.writeFileSync(scriptPath, pgbenchScript(capture.log, unique));

    // Both sides wait for each commit's WAL flush, whose time on a shared disk varies from minute to
    // minute: each run starts after a CHECKPOINT, and the runs alternate, so that both see the same.
    const ours: number[] = [];
    const ceiling: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      await adminQuery(server, 'CHECKPOINT');
      console.log(
        `bench:cases on PostgreSQL, round ${round}/${rounds}: ${clients} clients, ${seconds} s, server with ${workers} workers`,
      );
      const stats = await drive(appUrl, citizens.slice(0, clients));
      ours.push(stats.casesPerSecond);
      console.log(
        `  HTTP: ${stats.completed} cases, ${stats.casesPerSecond.toFixed(1)} cases/s, ${stats.errors} errors`,
      );
      for (const e of stats.firstErrors) console.log(`    error: ${e}`);
      for (const step of STEPS) {
        const p = stats.perStep[step];
        console.log(
          `    ${step.padEnd(14)} n ${String(p.n).padStart(6)}  p50 ${p.p50.toFixed(1)}  p95 ${p.p95.toFixed(1)}  p99 ${p.p99.toFixed(1)} ms`,
        );
      }
      await adminQuery(server, 'CHECKPOINT');
      const { tps, failed } = await pgbench(url, scriptPath);
      ceiling.push(tps);
      console.log(`  pgbench (same SQL, one script per case): ${tps.toFixed(1)} cases/s, ${failed} failed`);
      console.log(`  this round: ours / ceiling ${((100 * stats.casesPerSecond) / tps).toFixed(0)}%`);
    }
    const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
    console.log(
      `ours ${mean(ours).toFixed(1)} cases/s, ceiling ${mean(ceiling).toFixed(1)} cases/s (means of ${rounds} rounds): ours / ceiling ${((100 * mean(ours)) / mean(ceiling)).toFixed(0)}%`,
    );
    if (values.keep) console.log(`  kept ${name}; pgbench script ${scriptPath}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  } finally {
    await served?.stop();
    await capture.database.close();
    await database.close();
    if (!values.keep) await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

await main();
