#!/usr/bin/env node
// `pnpm start`: builds what is missing or older than its sources, then runs the API in this same process
// (so a crash or `kill -9` leaves no server behind on the port), which starts PostgreSQL (DATABASE_URL,
// or an embedded one under .data/), migrates, seeds the demo county on an empty database and serves the
// SPA on the same port.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');

/** The newest modification time under a file or folder (build output and dependencies left out). */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let latest = s.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist') continue;
    latest = Math.max(latest, newest(join(path, name)));
  }
  return latest;
}

/**
 * A build is stale when its stamp (written only after a build that succeeded) is missing or older than
 * any of its sources; a build that died half-way therefore runs again.
 */
function stale(stamp, sources) {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return sources.some((s) => existsSync(s) && newest(s) > built);
}

function buildIfStale(pkg, label, stamp, sources) {
  if (!stale(stamp, sources)) return;
  console.log(`[kokemus] Building ${label}…`);
  try {
    execFileSync('pnpm', ['--filter', pkg, 'build'], { cwd: root, stdio: 'inherit' });
  } catch {
    console.error(`[kokemus] Failed to start: building ${label} failed (see above). Run \`pnpm install\` and try again.`);
    process.exit(1);
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

const at = (...parts) => join(root, ...parts);
buildIfStale('@kokemus/api', 'the API', at('apps/api/dist/.built'), [
  at('apps/api/src'),
  at('apps/api/package.json'),
  at('apps/api/tsconfig.json'),
  at('apps/api/nest-cli.json'),
]);
buildIfStale('@kokemus/web', 'the web app', at('apps/web/dist/.built'), [
  at('apps/web/src'),
  at('apps/web/index.html'),
  at('apps/web/package.json'),
  at('apps/web/vite.config.ts'),
  at('libs/api-client/src'),
]);

process.chdir(root);
await import(pathToFileURL(at('apps/api/dist/main.js')).href);
