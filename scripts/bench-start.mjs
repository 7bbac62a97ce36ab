// Start-up figures: a cold start (empty data directory: PGlite init, migrations, demo seed) and
// warm starts on the same directory. Wall time to the first 200 from /readyz, and RSS when ready.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-start-'));
const port = 3917;

function rssOfTree(pid) {
  // tsx runs the server in a child node process; sum the tree.
  let total = 0;
  const walk = (p) => {
    const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const children = fs.existsSync(`/proc/${p}/task/${p}/children`)
      ? fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim()
      : '';
    for (const c of children.split(/\s+/).filter(Boolean)) walk(c);
  };
  walk(pid);
  return Math.round(total / 1024);
}

async function portFree() {
  try {
    await fetch(`http://127.0.0.1:${port}/healthz`);
    return false;
  } catch {
    return true;
  }
}

async function once(label) {
  if (!(await portFree())) throw new Error(`port ${port} is already taken`);
  const started = performance.now();
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/tongban.ts', 'serve', '--demo'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // not yet listening
    }
    if (child.exitCode !== null) throw new Error(`${label}: server exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const ms = Math.round(performance.now() - started);
  const rssMb = rssOfTree(child.pid);
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  while (!(await portFree())) await new Promise((r) => setTimeout(r, 50));
  console.log(`${label.padEnd(6)} ready in ${ms} ms, RSS ${rssMb} MB`);
}

try {
  await once('cold');
  await once('warm');
  await once('warm');
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
