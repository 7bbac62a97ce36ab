// `npm start`: build the web app once if it is missing, then serve with the demo city.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
if (!fs.existsSync(path.join(root, 'dist/web/index.html'))) {
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const serve = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/tongban.ts', 'serve', '--demo'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(serve.status ?? 0);
