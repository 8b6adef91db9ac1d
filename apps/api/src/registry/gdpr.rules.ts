import { DataExportSection, GDPR_CLASSIFICATION, TableRule } from './gdpr-classification';

/**
 * The data export, the erasure and the merge, derived from the GDPR classification
 * (`gdpr-classification.ts`). Plain functions: they build the column lists and statements; the admin
 * service runs them in its transactions. Every name put into SQL here comes from the classification.
 */

export type Classification = Record<string, TableRule>;

export interface Statement {
  sql: string;
  params: unknown[];
}

/** The table whose row is the person (`exportAs: 'person'`). */
function personTable(c: Classification): [string, TableRule] {
  const found = Object.entries(c).filter(([, t]) => t.exportAs === 'person');
  if (found.length !== 1) throw new Error('The GDPR classification needs exactly one person table');
  return found[0];
}

function checked(c: Classification): Classification {
  const problems = classificationProblems(c);
  if (problems.length) throw new Error(`The GDPR classification is inconsistent: ${problems.join('; ')}`);
  return c;
}

const PERSON_MERGES = new Set(['kept', 'fill', 'move', 'moves-with', 'union', 'derived']);
const LIST_MERGES = new Set(['person', 'with-row', 'key', 'both']);

/** What is wrong with a classification (nothing, for the one in force: a plain test says so). */
export function classificationProblems(c: Classification): string[] {
  const problems: string[] = [];
  const persons = Object.entries(c).filter(([, t]) => t.exportAs === 'person');
  if (persons.length !== 1) problems.push('exactly one table is exported as the person');
  const sections = Object.values(c)
    .map((t) => t.exportAs)
    .filter((s) => s && s !== 'person');
  if (new Set(sections).size !== sections.length) problems.push('each export section comes from one table');
  for (const [table, t] of Object.entries(c)) {
    const columns = Object.entries(t.columns);
    const isPerson = t.exportAs === 'person';
    if (t.person !== null && !(t.person in t.columns))
      problems.push(`${table}: its person column ${t.person} is not declared`);
    if (t.exportOrder !== undefined && !(t.exportOrder in t.columns))
      problems.push(`${table}: exportOrder ${t.exportOrder} is not declared`);
    if (t.exportAs !== null && t.person === null) problems.push(`${table}: exported, but names no person`);
    const deleted = columns.filter(([, r]) => r.erase.action === 'delete-row').length;
    if (deleted && (deleted !== columns.length || isPerson)) {
      problems.push(
        `${table}: erasure deletes the rows of the whole table or of none (never of the person table)`,
      );
    }
    for (const [column, r] of columns) {
      const where = `${table}.${column}`;
      if (r.export.include === 'decrypted' && !isPerson)
        problems.push(`${where}: only the person's columns are exported decrypted`);
      if (t.person === null) {
        if (r.export.include !== false)
          problems.push(`${where}: a table that names no person is not exported`);
        if (r.erase.action !== 'keep')
          problems.push(`${where}: erasure cannot find the person's part of a table that names no person`);
        if (r.merge.action !== 'untouched')
          problems.push(`${where}: merging does not touch a table that names no person`);
        continue;
      }
      if (!(isPerson ? PERSON_MERGES : LIST_MERGES).has(r.merge.action)) {
        problems.push(
          `${where}: merge ${r.merge.action} is not for ${isPerson ? 'the person' : 'a list of the person'}`,
        );
      }
      if (!isPerson && (r.merge.action === 'person') !== (column === t.person)) {
        problems.push(`${where}: the person column, and only it, merges as 'person'`);
      }
      if (r.merge.action === 'moves-with' && t.columns[r.merge.column]?.merge.action !== 'move') {
        problems.push(`${where}: moves with ${r.merge.column}, which does not move`);
      }
    }
  }
  return problems;
}

// ------------------------------------------------------------------------------- data export

/** The person's own columns in the export: as they are stored, and decrypted (under another name). */
export function personExport(c: Classification = GDPR_CLASSIFICATION): {
  plain: string[];
  decrypted: Array<{ column: string; as: string }>;
} {
  const [, t] = personTable(checked(c));
  const plain: string[] = [];
  const decrypted: Array<{ column: string; as: string }> = [];
  for (const [column, { export: rule }] of Object.entries(t.columns)) {
    if (rule.include === true) plain.push(column);
    else if (rule.include === 'decrypted') decrypted.push({ column, as: rule.as });
  }
  return { plain, decrypted };
}

/** One query per list section of the export; `$1` is the person's id. */
export function exportQueries(
  c: Classification = GDPR_CLASSIFICATION,
): Array<{ section: DataExportSection; sql: string }> {
  return Object.entries(checked(c)).flatMap(([table, t]) => {
    if (t.exportAs === null || t.exportAs === 'person' || t.person === null) return [];
    const columns = Object.entries(t.columns)
      .filter(([, r]) => r.export.include === true)
      .map(([column]) => column);
    const order = t.exportOrder ? ` ORDER BY ${t.exportOrder}` : '';
    return [
      {
        section: t.exportAs,
        sql: `SELECT ${columns.join(', ')} FROM ${table} WHERE ${t.person} = $1${order}`,
      },
    ];
  });
}

// ------------------------------------------------------------------------------- erasure

/** `column = …` for each column erasure overwrites, with the parameters after `first` ones already used. */
function overwrites(t: TableRule, id: string, first: number): { set: string[]; params: unknown[] } {
  const set: string[] = [];
  const params: unknown[] = [];
  for (const [column, { erase }] of Object.entries(t.columns)) {
    if (erase.action === 'null') set.push(`${column} = NULL`);
    else if (erase.action === 'replace') {
      if ('sql' in erase) set.push(`${column} = ${erase.sql}`);
      else {
        params.push('valueFor' in erase ? erase.valueFor(id) : erase.value);
        set.push(`${column} = $${first + params.length}`);
      }
    }
  }
  return { set, params };
}

/**
 * Erasure of one person: first the statements on their lists (rows deleted, or columns overwritten
 * where the rows stay), then the one on their own row. `$1` is the person's id in each.
 */
export function erasure(
  id: string,
  c: Classification = GDPR_CLASSIFICATION,
): { lists: Statement[]; person: Statement } {
  const [personName, personRule] = personTable(checked(c));
  const lists: Statement[] = [];
  for (const [table, t] of Object.entries(c)) {
    if (table === personName || t.person === null) continue;
    const columns = Object.values(t.columns);
    if (columns.every((r) => r.erase.action === 'delete-row')) {
      lists.push({ sql: `DELETE FROM ${table} WHERE ${t.person} = $1`, params: [id] });
      continue;
    }
    const { set, params } = overwrites(t, id, 1);
    if (set.length)
      lists.push({
        sql: `UPDATE ${table} SET ${set.join(', ')} WHERE ${t.person} = $1`,
        params: [id, ...params],
      });
  }
  const { set, params } = overwrites(personRule, id, 1);
  return {
    lists,
    person: {
      sql: `UPDATE ${personName} SET ${set.join(', ')} WHERE ${personRule.person} = $1`,
      params: [id, ...params],
    },
  };
}

// ------------------------------------------------------------------------------- merge

export interface MergePlan {
  /** The person's columns taken from the duplicate when the kept record's is empty. */
  fill: string[];
  /** Like fill, but unique: cleared on the duplicate (with the columns that go along) before the kept record is saved. */
  move: Array<{ column: string; with: string[] }>;
  /** Arrays: the kept record's values, then the duplicate's, each once. */
  union: string[];
  /** Statements on the person's lists, `$1` the kept record, `$2` the duplicate: rows copied or moved. */
  lists: string[];
}

export function mergePlan(c: Classification = GDPR_CLASSIFICATION): MergePlan {
  const [personName, personRule] = personTable(checked(c));
  const by = (action: string) =>
    Object.entries(personRule.columns)
      .filter(([, r]) => r.merge.action === action)
      .map(([column]) => column);
  const move = by('move').map((column) => ({
    column,
    with: Object.entries(personRule.columns)
      .filter(([, r]) => r.merge.action === 'moves-with' && r.merge.column === column)
      .map(([name]) => name),
  }));
  const lists: string[] = [];
  for (const [table, t] of Object.entries(c)) {
    if (table === personName || t.person === null) continue;
    const columns = Object.entries(t.columns);
    const keys = columns.filter(([, r]) => r.merge.action === 'key').map(([column]) => column);
    if (!keys.length) {
      lists.push(`UPDATE ${table} SET ${t.person} = $1 WHERE ${t.person} = $2`);
      continue;
    }
    // a key: the duplicate's rows are copied, and where both have one the rule of each column decides
    const copied = columns.filter(([column]) => column !== t.person).map(([column]) => column);
    const both = columns
      .filter(([, r]) => r.merge.action === 'both')
      .map(([column]) => `${column} = ${table}.${column} AND EXCLUDED.${column}`);
    lists.push(
      `INSERT INTO ${table} (${[t.person, ...copied].join(', ')})
       SELECT $1, ${copied.join(', ')} FROM ${table} WHERE ${t.person} = $2
       ON CONFLICT (${[t.person, ...keys].join(', ')}) ${both.length ? `DO UPDATE SET ${both.join(', ')}` : 'DO NOTHING'}`,
    );
  }
  return { fill: by('fill'), move, union: by('union'), lists };
}
