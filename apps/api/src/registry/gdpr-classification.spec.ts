import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { cloneTemplateDatabase, TestDatabase } from '../../test/support/db';
import { GDPR_CLASSIFICATION } from './gdpr-classification';

/**
 * The GDPR classification against the live schema (the migrated test database): every column of every
 * table the registry owns is classified, and nothing classified is missing. A new column fails here
 * until its line in gdpr-classification.ts says what the data export, the erasure and the merge do.
 */

/** The tables the registry's entities name (as the module-boundaries test finds owners). */
function registryTables(): string[] {
  const dir = join(__dirname, 'entities');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(/@Entity\(\{\s*name:\s*'([a-z_]+)'/g)].map((m) => m[1]),
    );
}

interface SchemaColumn {
  table_name: string;
  column_name: string;
  is_nullable: 'YES' | 'NO';
  data_type: string;
}

describe('GDPR classification of the registry’s columns', () => {
  let db: TestDatabase;
  let columns: SchemaColumn[];
  const classified = Object.entries(GDPR_CLASSIFICATION).flatMap(([table, t]) =>
    Object.entries(t.columns).map(([column, rule]) => ({ table, column, rule })),
  );
  const key = (table: string, column: string) => `${table}.${column}`;

  beforeAll(async () => {
    db = await cloneTemplateDatabase();
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const tables = [...new Set([...registryTables(), ...Object.keys(GDPR_CLASSIFICATION)])];
      const res = await client.query<SchemaColumn>(
        `SELECT table_name, column_name, is_nullable, data_type FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = ANY($1::text[])
          ORDER BY table_name, ordinal_position`,
        [tables],
      );
      columns = res.rows;
    } finally {
      await client.end();
    }
  });
  afterAll(() => db?.drop());

  it('classifies every table the registry owns', () => {
    const tables = registryTables();
    expect(tables).toEqual(expect.arrayContaining(['expert', 'expert_consent', 'registry_import']));
    expect(tables.filter((t) => !(t in GDPR_CLASSIFICATION))).toEqual([]);
  });

  it('classifies every column of those tables (add the new column’s line to gdpr-classification.ts)', () => {
    const known = new Set(classified.map((c) => key(c.table, c.column)));
    expect(columns.length).toBeGreaterThan(60);
    expect(columns.map((c) => key(c.table_name, c.column_name)).filter((c) => !known.has(c))).toEqual([]);
  });

  it('names no column or table that the schema does not have', () => {
    const present = new Set(columns.map((c) => key(c.table_name, c.column_name)));
    expect(classified.map((c) => key(c.table, c.column)).filter((c) => !present.has(c))).toEqual([]);
  });

  it('asks only what the columns can take: null where nullable, arrays for a union, booleans for both', () => {
    const schema = new Map(columns.map((c) => [key(c.table_name, c.column_name), c]));
    const misfits = classified.flatMap(({ table, column, rule }) => {
      const c = schema.get(key(table, column));
      if (!c) return [];
      const wrong: string[] = [];
      if (rule.erase.action === 'null' && c.is_nullable !== 'YES') wrong.push('erased to null but NOT NULL');
      if (rule.merge.action === 'union' && c.data_type !== 'ARRAY')
        wrong.push('a union of something not an array');
      if (rule.merge.action === 'both' && c.data_type !== 'boolean')
        wrong.push('"both" of something not a boolean');
      return wrong.map((w) => `${key(table, column)}: ${w}`);
    });
    expect(misfits).toEqual([]);
  });
});
