#!/usr/bin/env node
// How long `pnpm start` takes until GET /api/health/ready answers 200, on a built checkout (`pnpm bench
// start`): the first start on an empty DATA_DIR (embedded PostgreSQL initialised, migrations, demo seed)
// and later starts on the same data (goal ≤ 10 s). Each start is stopped with SIGTERM before the next.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const FIRST = Number(process.env.BENCH_FIRST_STARTS ?? 3);
const LATER = Number(process.env.BENCH_LATER_STARTS ?? 7);

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function timedStart(dataDir) {
  const port = await freePort();
  const began = performance.now();
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const exited = new Promise((r) => child.on('exit', r));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pnpm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health/ready`)).ok) break;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const seconds = (performance.now() - began) / 1000;
  child.kill('SIGTERM');
  await exited;
  return seconds;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const r = (x) => Math.round(x * 100) / 100;
  return { runs: s.length, min: r(s[0]), median: r(s[Math.floor(s.length / 2)]), max: r(s.at(-1)) };
};

const base = mkdtempSync(join(tmpdir(), 'kokemus-start-bench-'));
chmodSync(base, 0o755);
try {
  const first = [];
  let dataDir = '';
  for (let i = 0; i < FIRST; i++) {
    dataDir = join(base, `d${i}`);
    mkdirSync(dataDir);
    first.push(await timedStart(dataDir));
  }
  const later = [];
  for (let i = 0; i < LATER; i++) later.push(await timedStart(dataDir));
  const result = { firstStartSeconds: stats(first), laterStartSeconds: stats(later) };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'start.json'), JSON.stringify(result, null, 2));
} finally {
  rmSync(base, { recursive: true, force: true });
}
