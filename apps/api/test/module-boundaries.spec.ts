import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every table belongs to one module (the folder whose entity names it); only the owner's SQL and
 * repositories touch it. Others read through the owner's exported methods and react to its events.
 * This test reads the source: a statement in one module that names another module's table, or an
 * import of another module's entity, fails it. Reading another module's data in SQL goes through the
 * views it publishes in its own schema (`registry.experts`, `orders.occurrences`, …; see the
 * migration PublishedReadViews), and a foreign key to its table is declared by table name
 * (`@ForeignKey('expert')`), never by importing its entity.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the layer list is CommonJS, shared with dependency-cruiser
const { LAYERS } = require('../module-layers.cjs') as { LAYERS: string[] };

const SRC = join(__dirname, '..', 'src');
/** Composition and tooling, not modules: they may name every table. */
const NOT_MODULES = new Set(['database', 'cli', 'health']);
/** Tables that have no entity of their own, and sequences. */
const EXTRA_OWNERS: Record<string, string> = {
  order_number_seq: 'orders',
  fee_claim_number_seq: 'fees',
  export_batch_number_seq: 'fees',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

const moduleOf = (path: string) => relative(SRC, path).split(sep)[0];

function ownership(): Map<string, string> {
  const owners = new Map(Object.entries(EXTRA_OWNERS));
  for (const file of files(SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/@Entity\(\{\s*name:\s*'([a-z_]+)'/g))
      owners.set(m[1], moduleOf(file));
  }
  return owners;
}

/** Other modules' tables a module's source text names in SQL, and their entities it imports. */
function namedIn(module: string, text: string, owners: Map<string, string>): string[] {
  const named: string[] = [];
  // a table after FROM/JOIN/…, or the second of a comma-separated FROM list (FROM expert e, product p)
  const tables = [
    ...text.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO|TABLE|nextval\(')\s*"?([a-z_]+)"?/g),
    ...text.matchAll(/\bFROM\s+[a-z_."]+\s+[a-z]+\s*,\s*"?([a-z_]+)"?/g),
  ].map((m) => m[1]);
  for (const table of tables) {
    const owner = owners.get(table);
    if (owner && owner !== module) named.push(table);
  }
  // another module's entity class imported (for a repository or a relation; its enums are fine)
  for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from '(?:\.\.\/)+([a-z-]+)\/[^']*'/g)) {
    if (m[2] === module || !LAYERS.includes(m[2])) continue;
    for (const name of m[1].split(',').map((n) => n.trim().replace(/^type\s+/, '')))
      if (/Entity$/.test(name)) named.push(name);
  }
  return named;
}

/** module → other modules' tables its statements name, and the first place each is named. */
function crossings(owners: Map<string, string>): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  for (const file of files(SRC)) {
    const module = moduleOf(file);
    if (NOT_MODULES.has(module) || !file.includes(sep, SRC.length + 1)) continue;
    for (const table of namedIn(module, readFileSync(file, 'utf8'), owners)) {
      const m = found.get(module) ?? new Map<string, string>();
      if (!m.has(table)) m.set(table, relative(SRC, file));
      found.set(module, m);
    }
  }
  return found;
}

describe('module boundaries', () => {
  const owners = ownership();
  const found = crossings(owners);

  it('gives every table in the migrations exactly one owning module', () => {
    const migrations = files(join(SRC, 'database', 'migrations'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const tables = [...migrations.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/g)].map(
      (m) => m[1],
    );
    const unowned = [...new Set(tables)].filter((t) => !owners.has(t));
    expect(unowned).toEqual([]);
    for (const owner of owners.values()) expect(LAYERS).toContain(owner);
  });

  it('lets no module name another module’s table or import its entities', () => {
    const unexpected: string[] = [];
    for (const [module, tables] of found) {
      for (const [table, where] of tables) unexpected.push(`${module} → ${table} (${where})`);
    }
    expect(unexpected).toEqual([]);
  });

  it('lets no module write another module’s table: writes go through the owner’s methods or events', () => {
    const writes: string[] = [];
    for (const file of files(SRC)) {
      const module = moduleOf(file);
      if (NOT_MODULES.has(module) || !file.includes(sep, SRC.length + 1)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(
        /\b(?:UPDATE|INSERT INTO|DELETE FROM|TRUNCATE)\s+"?([a-z_]+)"?/g,
      )) {
        const owner = owners.get(m[1]);
        if (owner && owner !== module) writes.push(`${module} → ${m[1]} (${relative(SRC, file)})`);
      }
    }
    expect(writes).toEqual([]);
  });

  it('finds a crossing when one is there, and lets a published view through (the scanner itself works)', () => {
    const sql = `
      import { ExpertEntity } from '../registry/entities/expert.entity';
      import { ExpertStatus } from '../registry/entities/expert.entity';
      const a = 'SELECT e.id FROM expert e JOIN order_occurrence oc ON oc.id = $1';
      const b = 'SELECT 1 FROM offer f, product p WHERE p.code = f.product_code';
      const c = 'SELECT 1 FROM registry.experts e JOIN orders.occurrences oc ON true';`;
    expect(namedIn('matching', sql, owners).sort()).toEqual(['ExpertEntity', 'expert', 'order_occurrence', 'product']);
    expect(namedIn('registry', 'SELECT 1 FROM expert', owners)).toEqual([]);
    expect(owners.get('order_occurrence')).toBe('orders');
    expect(owners.get('user_unit')).toBe('auth');
  });
});
