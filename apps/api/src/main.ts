import 'reflect-metadata';
import { createServer } from 'node:net';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/config';
import { runMigrations } from './database/migrate';
import { ensurePostgres, PostgresHandle } from './database/postgres';
import { createDataSource } from './database/data-source';
import { DEMO_COUNTY, DEMO_PAYROLL_CLIENT, DEMO_USERS, seedDemoIfEmpty } from './database/seed/demo-seed';

/** A start-up failure whose message already tells the person what to do. */
class StartError extends Error {}

/** What the start-up has brought up so far, to take down again when it fails. */
function portInUse(port: number, host: string): StartError {
  return new StartError(
    `Port ${port} on ${host} is already in use (is Kokemus already running?). ` +
      `Stop what uses it, or choose another port: PORT=${port + 1} pnpm start`,
  );
}

/** Says at once that the port is taken, before the database is touched. */
function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? portInUse(port, host) : err),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

const started: { pg?: PostgresHandle; ready: boolean } = { ready: false };

// A start-up that stops half-way with nothing left to wait for must not end quietly with code 0.
process.on('beforeExit', () => {
  if (started.ready) return;
  console.error('[kokemus] Failed to start: the start-up stopped before the server was ready. Run `pnpm start` again; if it repeats, see the lines above.');
  process.exit(1);
});

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const log = (msg: string) => console.log(`[kokemus] ${msg}`);
  await assertPortFree(config.PORT, config.HOST);
  log(config.DATABASE_URL ? 'Using the PostgreSQL in DATABASE_URL' : `Starting embedded PostgreSQL (${config.DATA_DIR}/pg)`);
  const pg = await ensurePostgres(config.DATABASE_URL, config.DATA_DIR, undefined, log);
  started.pg = pg;
  const ran = await runMigrations(pg.url);
  if (ran.length) log(`Migrations run: ${ran.join(', ')}`);

  let seeded = false;
  if (config.SEED_DEMO && config.NODE_ENV !== 'production') {
    const ds = createDataSource(pg.url);
    await ds.initialize();
    try {
      seeded = await seedDemoIfEmpty(ds, config);
    } finally {
      await ds.destroy();
    }
    if (seeded) log(`Seeded the demo county: ${DEMO_COUNTY}`);
  }

  const app = await createApp(config, pg.url);
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (err) {
    await app.close().catch(() => undefined);
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw portInUse(config.PORT, config.HOST);
    throw err;
  }
  started.ready = true;

  const url = config.PUBLIC_URL;
  const lines = [
    '',
    `Kokemus is running at ${url}`,
    `  API docs:  ${url}/api/docs`,
    `  Health:    ${url}/api/health/ready`,
  ];
  if (config.SEED_DEMO && config.NODE_ENV !== 'production') {
    lines.push(`  Demo logins (password: ${process.env.DEMO_PASSWORD ? 'as in DEMO_PASSWORD' : config.DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) lines.push(`    ${u.roles.join(', ').padEnd(12)} ${u.email}`);
    lines.push(
      `  Payroll client: ${DEMO_PAYROLL_CLIENT} (secret: ${process.env.DEMO_PAYROLL_SECRET ? 'as in DEMO_PAYROLL_SECRET' : config.DEMO_PAYROLL_SECRET})`,
    );
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing open requests and stopping`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.close();
      await pg.stop();
    } finally {
      process.exit(0);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch(async (err) => {
  started.ready = true; // the failure is reported here, not by the beforeExit guard
  console.error('[kokemus] Failed to start:', err instanceof Error ? err.message : err);
  if (!(err instanceof StartError) && /ECONNREFUSED|ENOTFOUND|password authentication|does not exist/.test(String(err))) {
    console.error('[kokemus] Check DATABASE_URL (or unset it to use the embedded PostgreSQL under DATA_DIR).');
  }
  await started.pg?.stop().catch(() => undefined);
  process.exit(1);
});
