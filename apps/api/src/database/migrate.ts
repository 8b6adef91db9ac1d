import { Client } from 'pg';
import { createDataSource } from './data-source';

const MIGRATION_LOCK = 727_001;

/**
 * Runs pending migrations under an advisory lock, so two instances starting at once do not race.
 * Returns the names of the migrations that ran.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ds = createDataSource(url, { poolMax: 2, connectTimeoutMs: 10_000, statementTimeoutMs: 600_000 });
    await ds.initialize();
    try {
      const ran = await ds.runMigrations({ transaction: 'each' });
      return ran.map((m) => m.name);
    } finally {
      await ds.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}
