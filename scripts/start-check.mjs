#!/usr/bin/env node
// `pnpm test:start`: runs the real `pnpm start` script (not the Nest app in-process) on a temporary
// DATA_DIR the way a county's server lives: a first start that seeds, a crash (`kill -9`) that leaves
// its PostgreSQL orphaned, a second start that must stop the orphan and keep the data, a crash that
// the database must not outlive, a stale lock file, a port that is taken, and a clean stop.
// It builds first when the sources are newer than the build (as `pnpm start` does).
import { execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'kokemus-start-'));
chmodSync(dataDir, 0o755);
const pgDir = join(dataDir, 'pg');

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

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const running = new Set();

/** `node scripts/start.mjs` as `pnpm start` runs it, with its output kept for the failure message. */
function start(env = {}) {
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.output = '';
  child.stdout.on('data', (d) => (child.output += d));
  child.stderr.on('data', (d) => (child.output += d));
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

/** Seconds until GET /api/health/ready answers 200 (fails when the process ends first). */
async function ready(child, seconds = 240) {
  const began = performance.now();
  while (performance.now() - began < seconds * 1000) {
    if (child.exitCode !== null) assert.fail(`pnpm start exited with ${child.exitCode}:\n${child.output}`);
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) return (performance.now() - began) / 1000;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`not ready in ${seconds} s:\n${child.output}`);
}

async function signIn() {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@kokemus.test', password: 'kokemus-demo' }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  return { authorization: `Bearer ${(await res.json()).accessToken}` };
}

async function units(auth) {
  const res = await fetch(`${base}/api/v1/units?limit=100`, { headers: auth });
  assert.equal(res.status, 200);
  return (await res.json()).items;
}

const lockPid = () => Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function gone(pid, seconds) {
  for (let i = 0; i < seconds * 10; i++) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
const watchdogOf = (pgPid) =>
  execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('kokemus-pg-watchdog') && l.trim().endsWith(` ${pgPid}`))
    .map((l) => Number(l.trim().split(/\s+/)[0]));

const tally = { passed: 0, failed: 0 };
/** A test that counts itself for the CI's closing line; each step builds on the one before. */
const step = (name, fn) =>
  test(name, async () => {
    try {
      await fn();
      tally.passed++;
    } catch (err) {
      tally.failed++;
      throw err;
    }
  });

const figures = {};
after(async () => {
  for (const child of running) child.kill('SIGKILL');
  if (existsSync(join(pgDir, 'postmaster.pid'))) {
    const pid = lockPid();
    if (alive(pid)) process.kill(pid, 'SIGINT');
    await gone(pid, 10);
  }
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`start figures: ${JSON.stringify(figures)}`);
  const file = process.env.KOKEMUS_TEST_SUMMARY;
  if (file) appendFileSync(file, `${JSON.stringify({ runner: 'node:test (pnpm start)', ...tally })}\n`);
});

let unitId;
let units0;

step('the first start builds if needed, seeds the demo county and keeps a new record', async () => {
  const first = start();
  figures.firstStartSeconds = await ready(first);
  const auth = await signIn();
  const res = await fetch(`${base}/api/v1/units`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'result_area', name: 'Käynnistystestin tulosalue', costCentre: 'KT-0001' }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  unitId = (await res.json()).id;
  units0 = (await units(auth)).length;
  // A crash that takes the watchdog down too leaves an orphaned PostgreSQL holding the data folder.
  const pgPid = lockPid();
  for (const pid of watchdogOf(pgPid)) process.kill(pid, 'SIGKILL');
  first.kill('SIGKILL');
  await first.exited;
  assert.ok(alive(pgPid), 'the orphaned PostgreSQL still runs after the crash');
});

step('the second start stops the orphan, keeps the data and does not seed again', async () => {
  const second = start();
  figures.secondStartSeconds = await ready(second);
  assert.match(second.output, /left running by an earlier run/);
  assert.doesNotMatch(second.output, /Seeded the demo county/);
  const auth = await signIn();
  const now = await units(auth);
  assert.ok(
    now.some((u) => u.id === unitId),
    'the unit made before the crash is still there',
  );
  assert.equal(now.length, units0, 'nothing seeded twice');

  // Started again while it runs: the port is taken, so it says which and how to choose another.
  const third = start();
  const { code } = await third.exited;
  assert.notEqual(code, 0);
  assert.match(third.output, new RegExp(`Port ${port} .*already in use.*PORT=${port + 1} pnpm start`));
  assert.equal((await fetch(`${base}/api/health/ready`)).status, 200, 'the running one is untouched');

  // A crash of the API alone: its PostgreSQL goes with it.
  const pgPid = lockPid();
  second.kill('SIGKILL');
  await second.exited;
  assert.ok(await gone(pgPid, 10), 'PostgreSQL stopped within 10 s of its parent dying');
});

step('a stale lock file from a process that is gone does not stop the next start', async () => {
  writeFileSync(join(pgDir, 'postmaster.pid'), `999999\n${pgDir}\n0\n5432\n\n127.0.0.1\n0 0\nready\n`);
  const fourth = start();
  figures.startAfterStaleLockSeconds = await ready(fourth);
  assert.ok((await units(await signIn())).some((u) => u.id === unitId));
  const pgPid = lockPid();
  fourth.kill('SIGTERM');
  const { code } = await fourth.exited;
  assert.equal(code, 0, fourth.output);
  assert.ok(await gone(pgPid, 10), 'a clean stop stops PostgreSQL');
});
