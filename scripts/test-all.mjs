// The whole test suite, as CI runs it: static checks, the suite on PGlite, again on PostgreSQL,
// the web build, the browser tests. Ends with one plain line: "tests: N passed, M failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, '.test-results');
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const stages = [];

function run(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  stages.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function suite(name, config, env = {}) {
  const file = path.join(results, `${name}.json`);
  const args = [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ];
  const ok = run(`suite: ${name}`, 'npx', args, env);
  if (!fs.existsSync(file)) {
    totals.failed += 1;
    console.error(`${name}: no test report was written`);
    return;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (ok || report.numFailedTests ? 0 : 1);
  totals.skipped += report.numPendingTests + report.numTodoTests;
  if (report.numTotalTests === 0) totals.failed += 1;
}

const setupOk = run('system packages and PostgreSQL', 'bash', ['scripts/setup-system.sh']);
const checkOk = run('npm run check (format, lint, types)', 'npm', ['run', '-s', 'check']);
suite('pglite', 'vitest.config.ts', { TEST_DATABASE_URL: '' });
suite('postgres', 'vitest.config.ts', {
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
});
const buildOk = run('web build', 'npx', ['vite', 'build']);
if (buildOk) suite('browser', 'vitest.e2e.config.ts');
else totals.failed += 1;

console.log('\n=== summary ===');
for (const s of stages) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds}s)`);
const failed = totals.failed + (setupOk ? 0 : 1) + (checkOk ? 0 : 1) + totals.skipped;
console.log(
  `tests: ${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped (counted as failed)` : ''}`,
);
process.exit(failed === 0 ? 0 : 1);
