import { EXPERT_COLUMNS, GDPR_CLASSIFICATION, TableRule } from './gdpr-classification';
import { classificationProblems, erasure, exportQueries, mergePlan, personExport } from './gdpr.rules';

const ID = '00000000-0000-4000-8000-000000000001';

/** A small classification: a person and one list of theirs. */
const tiny = (list: Partial<TableRule> = {}): Record<string, TableRule> => ({
  person: {
    person: 'id',
    exportAs: 'person',
    columns: {
      id: {
        export: { include: true },
        erase: { action: 'keep', why: 'accounting' },
        merge: { action: 'kept' },
        why: '',
      },
      name: {
        export: { include: true },
        erase: { action: 'replace', value: 'Erased' },
        merge: { action: 'kept' },
        why: '',
      },
      phone: { export: { include: true }, erase: { action: 'null' }, merge: { action: 'fill' }, why: '' },
      secret_enc: {
        export: { include: 'decrypted', as: 'secret' },
        erase: { action: 'null' },
        merge: { action: 'move' },
        why: '',
      },
      secret_hash: {
        export: { include: false, why: 'a hash' },
        erase: { action: 'null' },
        merge: { action: 'moves-with', column: 'secret_enc' },
        why: '',
      },
      tags: {
        export: { include: true },
        erase: { action: 'replace', value: [] },
        merge: { action: 'union' },
        why: '',
      },
      email: {
        export: { include: true },
        erase: { action: 'replace', valueFor: (id) => `gone-${id}` },
        merge: { action: 'kept' },
        why: '',
      },
      version: {
        export: { include: true },
        erase: { action: 'replace', sql: 'version + 1' },
        merge: { action: 'kept' },
        why: '',
      },
    },
  },
  notes: {
    person: 'person_id',
    exportAs: 'training',
    exportOrder: 'written_on',
    columns: {
      person_id: {
        export: { include: false, why: 'the person' },
        erase: { action: 'delete-row' },
        merge: { action: 'person' },
        why: '',
      },
      written_on: {
        export: { include: true },
        erase: { action: 'delete-row' },
        merge: { action: 'with-row' },
        why: '',
      },
      text: {
        export: { include: true },
        erase: { action: 'delete-row' },
        merge: { action: 'with-row' },
        why: '',
      },
    },
    ...list,
  },
});

describe('GDPR rules: the export, erasure and merge derived from the classification', () => {
  it('finds the classification in force consistent', () => {
    expect(classificationProblems(GDPR_CLASSIFICATION)).toEqual([]);
  });

  it('exports the person’s columns, the encrypted ones decrypted under their own names, never a hash', () => {
    expect(personExport(tiny())).toEqual({
      plain: ['id', 'name', 'phone', 'tags', 'email', 'version'],
      decrypted: [{ column: 'secret_enc', as: 'secret' }],
    });
    const real = personExport();
    expect(real.decrypted).toEqual([
      { column: 'personal_id_enc', as: 'personalIdentityCode' },
      { column: 'iban_enc', as: 'iban' },
    ]);
    expect(real.plain).not.toContain('personal_id_hash');
    expect(real.plain).not.toContain('personal_id_enc');
  });

  it('reads each list of the person in one query with the exported columns in order', () => {
    expect(exportQueries(tiny())).toEqual([
      {
        section: 'training',
        sql: 'SELECT written_on, text FROM notes WHERE person_id = $1 ORDER BY written_on',
      },
    ]);
    expect(exportQueries().map((q) => q.section)).toEqual([
      'experienceAreas',
      'training',
      'availability',
      'absences',
      'exclusions',
      'consents',
      'statusHistory',
    ]);
  });

  it('erases: deletes the lists whose rows go, overwrites the rest, keeps what must be kept', () => {
    const { lists, person } = erasure(ID, tiny());
    expect(lists).toEqual([{ sql: 'DELETE FROM notes WHERE person_id = $1', params: [ID] }]);
    expect(person).toEqual({
      sql: 'UPDATE person SET name = $2, phone = NULL, secret_enc = NULL, secret_hash = NULL, tags = $3, email = $4, version = version + 1 WHERE id = $1',
      params: [ID, 'Erased', [], `gone-${ID}`],
    });
  });

  it('overwrites only the named columns of a list whose rows stay (the status history)', () => {
    const { lists, person } = erasure(ID);
    expect(lists).toContainEqual({
      sql: 'UPDATE expert_status_change SET reason = NULL WHERE expert_id = $1',
      params: [ID],
    });
    expect(lists.filter((s) => s.sql.startsWith('DELETE'))).toHaveLength(6);
    // every column of the person is either overwritten or kept (or recomputed) for a stated reason
    const set = person.sql.slice(0, person.sql.indexOf(' WHERE '));
    for (const [column, rule] of Object.entries(EXPERT_COLUMNS)) {
      if (rule.erase.action === 'keep' || rule.erase.action === 'derived')
        expect(set).not.toContain(` ${column} =`);
      else expect(set).toContain(` ${column} = `);
    }
    expect(person.params).toEqual([
      ID,
      'Poistettu',
      'henkilö',
      `erased-${ID}@invalid.kokemus`,
      [],
      [],
      [],
      'left',
    ]);
  });

  it('merges: fills, moves unique values with what goes along, unions arrays, moves or copies the lists', () => {
    expect(mergePlan(tiny())).toEqual({
      fill: ['phone'],
      move: [{ column: 'secret_enc', with: ['secret_hash'] }],
      union: ['tags'],
      lists: ['UPDATE notes SET person_id = $1 WHERE person_id = $2'],
    });
    const plan = mergePlan();
    expect(plan.move).toEqual([
      { column: 'user_id', with: [] },
      { column: 'personal_id_enc', with: ['personal_id_hash'] },
    ]);
    expect(plan.lists[0].replace(/\s+/g, ' ')).toBe(
      'INSERT INTO expert_experience_area (expert_id, area_code, visible_to_orderers) SELECT $1, area_code, visible_to_orderers FROM expert_experience_area WHERE expert_id = $2 ON CONFLICT (expert_id, area_code) DO UPDATE SET visible_to_orderers = expert_experience_area.visible_to_orderers AND EXCLUDED.visible_to_orderers',
    );
  });

  it('refuses an inconsistent classification', () => {
    const half = tiny({
      columns: {
        ...tiny().notes.columns,
        text: {
          export: { include: true },
          erase: { action: 'null' },
          merge: { action: 'with-row' },
          why: '',
        },
      },
    });
    expect(classificationProblems(half)).toEqual([
      'notes: erasure deletes the rows of the whole table or of none (never of the person table)',
    ]);
    expect(() => erasure(ID, half)).toThrow(/inconsistent/);
    const listMergeOnPerson = tiny();
    listMergeOnPerson.person.columns.phone = {
      ...listMergeOnPerson.person.columns.phone,
      merge: { action: 'with-row' },
    };
    expect(classificationProblems(listMergeOnPerson)).toEqual([
      'person.phone: merge with-row is not for the person',
    ]);
    const nobody = tiny({ person: null, exportAs: null });
    expect(classificationProblems(nobody)).toEqual(
      expect.arrayContaining([
        'notes.written_on: a table that names no person is not exported',
        "notes.written_on: erasure cannot find the person's part of a table that names no person",
        'notes.written_on: merging does not touch a table that names no person',
      ]),
    );
  });
});
