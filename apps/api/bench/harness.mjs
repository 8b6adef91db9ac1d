import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dist = (p) => require(join(here, '..', 'dist', p));

/** A fresh embedded PostgreSQL with the migrations run, and the API on a free port. */
export async function startBenchApi(env = {}) {
  const { startEmbeddedPostgres } = dist('database/postgres.js');
  const { runMigrations } = dist('database/migrate.js');
  const { createApp } = dist('app.factory.js');
  const { loadConfig } = dist('config/config.js');
  const pg = require('pg');
  const dir = mkdtempSync(join(tmpdir(), 'kokemus-bench-'));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), ephemeral: true });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = server.url.replace(/\/postgres$/, '/bench');
  await runMigrations(url);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS_ENABLED: 'false', DB_POOL_MAX: '10', ...env });
  const app = await createApp(config, url, { serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = await app.getUrl();
  return {
    base: base.replace('[::1]', '127.0.0.1'),
    db,
    config,
    async stop() {
      await app.close();
      await db.end();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function signInAs(ctx, role) {
  const { hashPassword } = dist('auth/password.js');
  const email = `bench-${role}@example.test`;
  await ctx.db.query(
    `INSERT INTO user_account (email, display_name, password_hash, roles) VALUES ($1, 'Bench', $2, $3) ON CONFLICT DO NOTHING`,
    [email, await hashPassword('bench-password'), [role]],
  );
  const res = await fetch(`${ctx.base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench-password' }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return (await res.json()).accessToken;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Runs `count` requests with `concurrency` in flight; returns latency percentiles in ms. */
export async function measure(name, count, concurrency, request) {
  const times = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        const ok = await request(i);
        times.push(performance.now() - t0);
        if (!ok) failures++;
      }
    }),
  );
  const wall = performance.now() - started;
  times.sort((a, b) => a - b);
  const result = {
    name,
    requests: count,
    concurrency,
    failures,
    p50: +pct(times, 50).toFixed(1),
    p95: +pct(times, 95).toFixed(1),
    p99: +pct(times, 99).toFixed(1),
    max: +times[times.length - 1].toFixed(1),
    rps: +((count / wall) * 1000).toFixed(0),
  };
  console.log(
    `${name.padEnd(48)} p50 ${String(result.p50).padStart(6)} ms  p95 ${String(result.p95).padStart(6)} ms  p99 ${String(result.p99).padStart(6)} ms  ${String(result.rps).padStart(5)} req/s  failures ${failures}`,
  );
  return result;
}

export function writeResults(file, data) {
  const dir = join(here, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), `${JSON.stringify({ measuredAt: new Date().toISOString(), ...data }, null, 2)}\n`);
}
