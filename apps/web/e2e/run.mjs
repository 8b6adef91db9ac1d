#!/usr/bin/env node
// `pnpm test:e2e`: builds the API and the web app when their sources are newer than the build, checks
// the sign-in page's JavaScript budget, starts the real API (embedded PostgreSQL, demo seeded) on a free
// port with a fresh temporary DATA_DIR, runs the Playwright specs against it, stops it and cleans up.
// E2E_BASE_URL=<url> skips the start-up and runs against an API that is already running.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(fileURLToPath(import.meta.url), '..', '..');
const root = join(web, '..', '..');

function newest(dir) {
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs;
  let latest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    const s = statSync(p);
    latest = Math.max(latest, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return latest;
}
const stale = (output, ...sources) =>
  !existsSync(output) || sources.some((s) => existsSync(s) && newest(s) > statSync(output).mtimeMs);
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForReady(url, child, seconds = 180) {
  for (let i = 0; i < seconds; i += 1) {
    if (child.exitCode !== null)
      throw new Error(`The API exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/api/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`The API at ${url} was not ready in ${seconds} s`);
}

let api;
let dataDir;
let status = 1;
try {
  let baseUrl = process.env.E2E_BASE_URL;
  if (
    stale(
      join(web, 'dist', 'index.html'),
      join(web, 'src'),
      join(root, 'libs/api-client/src'),
      join(web, 'index.html'),
    )
  ) {
    console.log('[e2e] Building the web app…');
    run('pnpm', ['--filter', '@kokemus/web', 'build']);
  }
  run(process.execPath, [join(web, 'scripts', 'budget.mjs')]);
  if (!baseUrl) {
    if (stale(join(root, 'apps/api/dist/main.js'), join(root, 'apps/api/src'))) {
      console.log('[e2e] Building the API…');
      run('pnpm', ['--filter', '@kokemus/api', 'build']);
    }
    const port = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), 'kokemus-e2e-'));
    // mkdtemp makes the directory 0700; the embedded PostgreSQL runs as its own `postgres` user (when the
    // tests run as root) and must reach its data directory inside, or it does not start.
    chmodSync(dataDir, 0o755);
    baseUrl = `http://localhost:${port}`;
    console.log(`[e2e] Starting the API on ${baseUrl} (fresh database in ${dataDir})`);
    api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        WEB_DIST: join(web, 'dist'),
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    await waitForReady(baseUrl, api);
  }
  const playwright = join(web, 'node_modules', '.bin', 'playwright');
  try {
    // Extra arguments go to Playwright (`node e2e/run.mjs e2e/apply.spec.ts` runs one spec).
    run(playwright, ['test', '-c', join(web, 'playwright.config.ts'), ...process.argv.slice(2)], {
      cwd: web,
      // The specs read the e-mails the API writes to DATA_DIR/mail (no SMTP in the demo).
      env: { ...process.env, E2E_BASE_URL: baseUrl, ...(dataDir ? { E2E_DATA_DIR: dataDir } : {}) },
    });
    status = 0;
  } catch {
    status = 1;
  }
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : error}`);
  status = 1;
} finally {
  if (api && api.exitCode === null) {
    try {
      process.kill(-api.pid, 'SIGTERM');
    } catch {
      api.kill('SIGTERM');
    }
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        try {
          process.kill(-api.pid, 'SIGKILL');
        } catch {
          // already gone
        }
        resolve();
      }, 15000);
      api.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
