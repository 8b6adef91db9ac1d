import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { runMigrations } from '../../src/database/migrate';
import { JOBS_SCHEMA } from '../../src/jobs/jobs.service';
import { startEmbeddedPostgres, PostgresHandle } from '../../src/database/postgres';
import { withDatabase } from './db';

/**
 * One PostgreSQL for the run — DATABASE_URL's server, or an embedded one — and one migrated template
 * database that every test file clones into its own database.
 */
export default async function globalSetup(): Promise<void> {
  let server: PostgresHandle;
  let dir: string | undefined;
  if (process.env.DATABASE_URL) {
    server = { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  } else {
    dir = mkdtempSync(join(tmpdir(), 'kokemus-test-pg-'));
    chmodSync(dir, 0o755);
    server = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), ephemeral: true });
  }
  const template = `kokemus_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  await runMigrations(withDatabase(server.url, template));
  // pg-boss installs its own schema on first start: do it once here, not in every test database.
  const boss = new PgBoss({ connectionString: withDatabase(server.url, template), schema: JOBS_SCHEMA, supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, close: true, wait: true });

  process.env.KOKEMUS_TEST_SERVER_URL = server.url;
  process.env.KOKEMUS_TEST_TEMPLATE = template;
  (globalThis as Record<string, unknown>).__KOKEMUS_TEST__ = { server, template, dir };
}
