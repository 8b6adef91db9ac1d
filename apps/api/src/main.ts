import 'reflect-metadata';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/config';
import { runMigrations } from './database/migrate';
import { ensurePostgres } from './database/postgres';
import { createDataSource } from './database/data-source';
import { DEMO_COUNTY, DEMO_PAYROLL_CLIENT, DEMO_USERS, seedDemoIfEmpty } from './database/seed/demo-seed';

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
  log(config.DATABASE_URL ? 'Using the PostgreSQL in DATABASE_URL' : `Starting embedded PostgreSQL (${config.DATA_DIR}/pg)`);
  const pg = await ensurePostgres(config.DATABASE_URL, config.DATA_DIR);
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
  await app.listen({ port: config.PORT, host: config.HOST });

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

main().catch((err) => {
  console.error('[kokemus] Failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
