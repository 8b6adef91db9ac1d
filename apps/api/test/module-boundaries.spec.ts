import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every table belongs to one module (the folder whose entity names it); only the owner's SQL and
 * repositories touch it. Others read through the owner's exported methods and react to its events.
 * This test reads the source: a statement in one module that names another module's table, or an
 * import of another module's entity, fails it — unless it is listed in KNOWN_DEBT below, the reads
 * that were there when the rule came and are being moved behind their owners' read methods. The
 * list may only shrink: an entry that no longer occurs fails the test too, so it is removed.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the layer list is CommonJS, shared with dependency-cruiser
const { LAYERS } = require('../module-layers.cjs') as { LAYERS: string[] };

const SRC = join(__dirname, '..', 'src');
/** Composition and tooling, not modules: they may name every table. */
const NOT_MODULES = new Set(['database', 'cli', 'health']);
/** Tables that have no entity of their own, and sequences. */
const EXTRA_OWNERS: Record<string, string> = {
  user_unit: 'auth',
  order_number_seq: 'orders',
  fee_claim_number_seq: 'fees',
  export_batch_number_seq: 'fees',
};

/**
 * module → other modules' tables it still reads directly (SQL joins for lists and rules) and entities
 * it relates to. Writes are not allowed at all (a test below): every cross-module write goes through
 * the owner's method or an event. Measured 2026-12-04; pay it down, never add to it.
 */
const KNOWN_DEBT: Record<string, string[]> = {
  auth: [
    // other modules' entities, for ORM relations (foreign keys)
    'OrgUnitEntity',
  ],
  fees: [
    // tables read in SQL
    'assignment',
    'expert',
    'org_unit',
    'product',
    'task_order',
    'task_type',
    'training_tier',
    'user_account',
    'user_unit',
    // other modules' entities, for ORM relations (foreign keys)
    'AssignmentEntity',
    'ExpertEntity',
    'OrderEntity',
    'OrderOccurrenceEntity',
    'OrgUnitEntity',
    'ProductEntity',
    'TaskTypeEntity',
    'TrainingTierEntity',
  ],
  matching: [
    // tables read in SQL
    'expert',
    'expert_experience_area',
    'order_occurrence',
    'org_unit',
    'product',
    'task_order',
    'user_account',
    // other modules' entities, for ORM relations (foreign keys)
    'ExpertEntity',
    'OrderEntity',
    'OrderOccurrenceEntity',
    'UserEntity',
  ],
  notifications: [
    // tables read in SQL
    'user_account',
    // other modules' entities, for ORM relations (foreign keys)
    'OutboxEventEntity',
    'UserEntity',
  ],
  orders: [
    // tables read in SQL
    'municipality',
    'org_unit',
    'task_type',
    'user_account',
    // other modules' entities, for ORM relations (foreign keys)
    'ExperienceAreaEntity',
    'ExpertEntity',
    'LanguageEntity',
    'MunicipalityEntity',
    'OrgUnitEntity',
    'TaskTypeEntity',
    'TrainingTierEntity',
    'UserEntity',
  ],
  registry: [
    // tables read in SQL
    'audit_event',
    'municipality',
    'training_tier',
    // other modules' entities, for ORM relations (foreign keys)
    'ExperienceAreaEntity',
    'MunicipalityEntity',
    'OrgUnitEntity',
    'TrainingTierEntity',
    'UserEntity',
  ],
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

/** module → other modules' tables its statements name, and the first place each is named. */
function crossings(owners: Map<string, string>): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  const note = (module: string, table: string, where: string) => {
    const m = found.get(module) ?? new Map<string, string>();
    if (!m.has(table)) m.set(table, where);
    found.set(module, m);
  };
  for (const file of files(SRC)) {
    const module = moduleOf(file);
    if (NOT_MODULES.has(module) || !file.includes(sep, SRC.length + 1)) continue;
    const text = readFileSync(file, 'utf8');
    const where = relative(SRC, file);
    for (const m of text.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO|TABLE|nextval\(')\s*"?([a-z_]+)"?/g)) {
      const owner = owners.get(m[1]);
      if (owner && owner !== module) note(module, m[1], where);
    }
    // another module's entity class imported (for a repository or a relation; its enums are fine)
    for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from '(?:\.\.\/)+([a-z-]+)\/[^']*'/g)) {
      if (m[2] === module || !LAYERS.includes(m[2])) continue;
      for (const name of m[1].split(',').map((n) => n.trim().replace(/^type\s+/, '')))
        if (/Entity$/.test(name)) note(module, name, where);
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

  it('lets no module name another module’s table or import its entities, beyond the listed reads', () => {
    const unexpected: string[] = [];
    for (const [module, tables] of found) {
      for (const [table, where] of tables) {
        if (!(KNOWN_DEBT[module] ?? []).includes(table)) unexpected.push(`${module} → ${table} (${where})`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('keeps the list of known reads honest: each entry still occurs (remove it once it is gone)', () => {
    const stale: string[] = [];
    for (const [module, tables] of Object.entries(KNOWN_DEBT)) {
      for (const table of tables) if (!found.get(module)?.has(table)) stale.push(`${module} → ${table}`);
    }
    expect(stale).toEqual([]);
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

  it('finds a crossing when one is there (the scanner itself works)', () => {
    // matching reads the orders' times in SQL today; if the scanner stopped seeing SQL this would fail
    expect(found.get('matching')?.has('order_occurrence')).toBe(true);
    expect(owners.get('order_occurrence')).toBe('orders');
    expect(owners.get('expert')).toBe('registry');
  });
});
