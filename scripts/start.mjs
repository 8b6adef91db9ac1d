#!/usr/bin/env node
// `pnpm start`: builds what is missing or older than its sources, then runs the API, which starts
// PostgreSQL (DATABASE_URL, or an embedded one under .data/), migrates, seeds the demo county on an
// empty database and serves the SPA on the same port.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');

function newest(dir) {
  let latest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    const s = statSync(p);
    latest = Math.max(latest, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return latest;
}

function stale(output, ...sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((s) => existsSync(s) && newest(s) > built);
}

const build = (pkg) => execFileSync('pnpm', ['--filter', pkg, 'build'], { cwd: root, stdio: 'inherit' });

const client = join(root, 'libs/api-client/src');
if (stale(join(root, 'apps/api/dist/main.js'), join(root, 'apps/api/src'))) {
  console.log('[kokemus] Building the API…');
  build('@kokemus/api');
}
if (stale(join(root, 'apps/web/dist/index.html'), join(root, 'apps/web/src'), client, join(root, 'apps/web/index.html'))) {
  console.log('[kokemus] Building the web app…');
  build('@kokemus/web');
}

const child = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
