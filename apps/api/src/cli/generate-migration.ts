import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT } from '../config/config';
import { createDataSource } from '../database/data-source';
import { runMigrations } from '../database/migrate';
import { startEmbeddedPostgres } from '../database/postgres';

/**
 * Generates a migration from the difference between the entities and the committed migrations, on a
 * scratch database (DATABASE_URL's server, or a throw-away embedded one).
 * Usage: node dist/cli/generate-migration.js <PascalCaseName>
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
  const tmp = mkdtempSync(join(tmpdir(), 'kokemus-gen-'));
  chmodSync(tmp, 0o755); // the embedded server runs as the postgres user
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir: join(tmp, 'pg'), ephemeral: true });
  const scratch = `kokemus_gen_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = withDatabase(server.url, scratch);
  try {
    await runMigrations(url);
    const ds = createDataSource(url);
    await ds.initialize();
    const sql = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    if (sql.upQueries.length === 0) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((x) => `    await queryRunner.query(${q(x.query)});`)
      .join('\n');
    const dir = resolve(REPO_ROOT, 'apps/api/src/database/migrations');
    const file = `${timestamp}-${name}`;
    writeFileSync(
      join(dir, `${file}.ts`),
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
    );
    const indexFile = join(dir, 'index.ts');
    const index = readFileSync(indexFile, 'utf8')
      .replace(/(\n\/\/ The committed migrations)/, `import { ${className} } from './${file}';\n$1`)
      .replace(/= \[([^\]]*)\];/, (_m, list: string) => {
        const items = list.split(',').map((s) => s.trim()).filter(Boolean);
        return `= [\n${[...items, className].map((i) => `  ${i},`).join('\n')}\n];`;
      });
    writeFileSync(indexFile, index);
    console.log(`Wrote src/database/migrations/${file}.ts (${sql.upQueries.length} statements)`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
