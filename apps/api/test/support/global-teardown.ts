import { rmSync } from 'node:fs';
import { Client } from 'pg';
import type { PostgresHandle } from '../../src/database/postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__KOKEMUS_TEST__ as
    | { server: PostgresHandle; template: string; dir?: string }
    | undefined;
  if (!state) return;
  if (!state.server.embedded) {
    const admin = new Client({ connectionString: state.server.url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${state.template} WITH (FORCE)`);
    await admin.end();
  }
  await state.server.stop();
  if (state.dir) rmSync(state.dir, { recursive: true, force: true });
}
