/**
 * GDPR classification of the registry's columns: one declaration per column of every table the registry
 * owns that holds personal data, saying
 *
 *   export  — whether the column is in the person's own data (the access request, GDPR art. 15:
 *             `GET /experts/:id/data-export` and `/experts/me/data-export`); the identity code and the
 *             IBAN are exported decrypted;
 *   erase   — what erasure (art. 17, `POST /experts/:id/erase`) does to it:
 *               null        set to NULL;
 *               replace     set to a placeholder (the column is NOT NULL or unique), or a stamp;
 *               delete-row  the person's rows of the table are deleted (every column of the table says so);
 *               keep        left as it is, with the reason (accounting, the audit trail, identifies no one);
 *               derived     recomputed by the database from other tables (the matching copies);
 *   merge   — what merging a duplicate into the kept record (`POST /experts/:id/merge`) does to it:
 *               on `expert`: kept (the kept record's value stands), fill (the duplicate's when the kept
 *               record's is empty), move (fill, and cleared on the duplicate: the value is unique),
 *               moves-with (goes along with another column's move), union (arrays: both, without
 *               repeats), derived (computed again after the merge);
 *               on the person's lists: person (the link: the rows go to the kept record — moved, or
 *               copied where the table has a key), with-row (goes along with its row), key (copied rows
 *               are matched on it), both (where copied rows meet: true only if true on both);
 *               untouched (not one person's data: merging does not touch the table);
 *   why     — a short reason.
 *
 * The data export, the erasure and the merge are derived from this declaration (`gdpr.rules.ts`, used by
 * `registry-admin.service.ts`); there is no other list of columns. A test reads the live schema
 * (`gdpr-classification.spec.ts`) and fails when a column of one of these tables is not classified here,
 * when a classified column does not exist, or when a table the registry owns is missing — so a new column
 * cannot silently escape the export and the erasure: add its line here, in the same change.
 *
 * What stays after erasure: the `expert` row itself, anonymised (fee claims and payments, kept six years
 * after the end of the year under the Accounting Act, refer to it), with the settings that identify no
 * one, and the status history without its free-text reasons. The sign-in account is erased by its owner,
 * auth (`UsersService.eraseAccount`); the audit trail is the audit module's and is kept.
 */
import type { DataExportDto } from './dto/registry-admin.dto';
import { ExpertStatus } from './registry.rules';

/** A list section of the person's data export (`DataExportDto`), one per table of the person's lists. */
export type DataExportSection = Exclude<keyof DataExportDto, 'exportedAt' | 'person' | 'modules' | 'accessLog'>;

export type ExportRule =
  | { include: true }
  /** Stored encrypted: exported decrypted, under this name. */
  | { include: 'decrypted'; as: string }
  | { include: false; why: string };

/** SQL the erasure may write as a value (a closed list: nothing else is interpolated). */
export type EraseSql = 'now()' | 'version + 1';

export type EraseRule =
  | { action: 'null' }
  /** A fixed value, or one made from the person's id; sent as a parameter. */
  | { action: 'replace'; value: unknown }
  | { action: 'replace'; valueFor: (id: string) => unknown }
  | { action: 'replace'; sql: EraseSql }
  | { action: 'delete-row' }
  | { action: 'keep'; why: string }
  | { action: 'derived'; why: string };

export type MergeRule =
  | { action: 'kept' }
  | { action: 'fill' }
  | { action: 'move' }
  | { action: 'moves-with'; column: string }
  | { action: 'union' }
  | { action: 'derived'; why: string }
  | { action: 'person' }
  | { action: 'with-row' }
  | { action: 'key' }
  | { action: 'both' }
  | { action: 'untouched'; why: string };

export interface ColumnRule {
  export: ExportRule;
  erase: EraseRule;
  merge: MergeRule;
  why: string;
}

export interface TableRule {
  /** The column that names the person (`id` on `expert`, `expert_id` on their lists); null: not per person. */
  person: string | null;
  /** Where the table goes in the data export; null: not exported. */
  exportAs: 'person' | DataExportSection | null;
  /** The order of the exported rows (a column of the table). */
  exportOrder?: string;
  columns: Record<string, ColumnRule>;
}

// ------------------------------------------------------------------------------- the vocabulary

const yes: ExportRule = { include: true };
const no = (why: string): ExportRule => ({ include: false, why });
const decrypted = (as: string): ExportRule => ({ include: 'decrypted', as });

const toNull: EraseRule = { action: 'null' };
const replaceWith = (value: unknown): EraseRule => ({ action: 'replace', value });
const replaceBy = (sql: EraseSql): EraseRule => ({ action: 'replace', sql });
const deleteRow: EraseRule = { action: 'delete-row' };
const keep = (why: string): EraseRule => ({ action: 'keep', why });
const derived = (why: string): EraseRule => ({ action: 'derived', why });

const kept: MergeRule = { action: 'kept' };
const fill: MergeRule = { action: 'fill' };
const move: MergeRule = { action: 'move' };
const union: MergeRule = { action: 'union' };
const person: MergeRule = { action: 'person' };
const withRow: MergeRule = { action: 'with-row' };

const ACCOUNTING =
  'fee claims and payments, kept six years after the end of the year (Accounting Act), refer to it';
const IDENTIFIES_NO_ONE = 'a setting that identifies no one';
const MATCHING_COPY = 'a copy of one of the person’s lists for matching, kept in step by database triggers';
const BY_TRIGGERS = 'the triggers empty it when erasure deletes the list';
const RECOPIED = 'the triggers copy the merged list';

// ------------------------------------------------------------------------------- the person

export const EXPERT_COLUMNS = {
  id: {
    export: yes,
    erase: keep(ACCOUNTING),
    merge: kept,
    why: 'The record’s key; the duplicate keeps its own, marked merged_into.',
  },
  user_id: {
    export: yes,
    erase: toNull,
    merge: move,
    why: 'The sign-in account (erased by auth itself); one account per person, so it moves.',
  },
  first_name: {
    export: yes,
    erase: replaceWith('Poistettu'),
    merge: kept,
    why: 'The name (NOT NULL: a placeholder).',
  },
  last_name: {
    export: yes,
    erase: replaceWith('henkilö'),
    merge: kept,
    why: 'The name (NOT NULL: a placeholder).',
  },
  email: {
    export: yes,
    erase: { action: 'replace', valueFor: (id) => `erased-${id}@invalid.kokemus` },
    merge: kept,
    why: 'Contact (NOT NULL and unique: a placeholder of its own per row).',
  },
  phone: { export: yes, erase: toNull, merge: fill, why: 'Contact.' },
  municipality_code: { export: yes, erase: toNull, merge: fill, why: 'Home municipality.' },
  postal_code: { export: yes, erase: toNull, merge: fill, why: 'Home address area.' },
  languages: {
    export: yes,
    erase: replaceWith([]),
    merge: union,
    why: 'Working languages (NOT NULL array).',
  },
  kinds: {
    export: yes,
    erase: replaceWith([]),
    merge: union,
    why: 'The roles the person works in (NOT NULL array).',
  },
  task_types: {
    export: yes,
    erase: replaceWith([]),
    merge: union,
    why: 'Tasks the person takes (NOT NULL array).',
  },
  works_remote: { export: yes, erase: keep(IDENTIFIES_NO_ONE), merge: kept, why: 'A working preference.' },
  works_in_person: { export: yes, erase: keep(IDENTIFIES_NO_ONE), merge: kept, why: 'A working preference.' },
  travel_radius_km: {
    export: yes,
    erase: toNull,
    merge: kept,
    why: 'How far the person travels (from home).',
  },
  max_tasks_per_month: {
    export: yes,
    erase: keep(IDENTIFIES_NO_ONE),
    merge: kept,
    why: 'The person’s own limit, for their wellbeing (NOT NULL).',
  },
  introduction: {
    export: yes,
    erase: toNull,
    merge: fill,
    why: 'The public introduction, in the person’s words.',
  },
  video_url: { export: yes, erase: toNull, merge: fill, why: 'The person’s introduction video.' },
  ngo: { export: yes, erase: toNull, merge: fill, why: 'The association the person comes through.' },
  payment_method: {
    export: yes,
    erase: keep(`how past fees were paid: ${ACCOUNTING}`),
    merge: kept,
    why: 'How fees are paid (NOT NULL).',
  },
  business_id: {
    export: yes,
    // a person who invoices has one, and the database requires it while payment_method is 'invoice'
    erase: keep(`the business past invoices were paid to: ${ACCOUNTING}`),
    merge: fill,
    why: 'The person’s business ID, for invoicing.',
  },
  tax_card_year: { export: yes, erase: toNull, merge: fill, why: 'The year of the tax card on file.' },
  tax_card_reminded_for: {
    export: yes,
    erase: toNull,
    merge: fill,
    why: 'The year whose tax card the person was last reminded of.',
  },
  personal_id_enc: {
    export: decrypted('personalIdentityCode'),
    erase: toNull,
    merge: move,
    why: 'The personal identity code, encrypted; unique, so it moves (with its hash).',
  },
  personal_id_hash: {
    export: no('a keyed hash of the identity code, which is exported decrypted'),
    erase: toNull,
    merge: { action: 'moves-with', column: 'personal_id_enc' },
    why: 'Finds duplicates without decrypting.',
  },
  iban_enc: { export: decrypted('iban'), erase: toNull, merge: fill, why: 'The bank account, encrypted.' },
  birth_date: { export: yes, erase: toNull, merge: fill, why: 'From the identity code, or given.' },
  earnings_ceiling_cents: {
    export: yes,
    erase: toNull,
    merge: kept,
    why: 'A private earnings limit (people on disability pension).',
  },
  status: {
    export: yes,
    erase: replaceWith(ExpertStatus.Left),
    merge: kept,
    why: 'Where the person is in the registry (NOT NULL: erased people have left).',
  },
  paused_until: { export: yes, erase: toNull, merge: kept, why: 'The end of a pause.' },
  status_reason: { export: yes, erase: toNull, merge: kept, why: 'Free text on the last status change.' },
  coordinator_notes: {
    export: yes,
    erase: toNull,
    merge: kept,
    why: 'The coordinator’s notes on the person.',
  },
  tier_code: {
    export: yes,
    erase: toNull,
    merge: { action: 'derived', why: 'derived again from the merged training records' },
    why: 'The training tier, derived from the training records.',
  },
  merged_into: {
    export: yes,
    erase: keep('links a merged duplicate to the record it was folded into; holds no data of its own'),
    merge: kept,
    why: 'Set on a merged duplicate.',
  },
  erased_at: { export: yes, erase: replaceBy('now()'), merge: kept, why: 'When the person was erased.' },
  area_codes: {
    export: no(`${MATCHING_COPY}; exported as experienceAreas`),
    erase: derived(BY_TRIGGERS),
    merge: { action: 'derived', why: RECOPIED },
    why: 'Experience areas (special-category data), for matching.',
  },
  weekly_minutes: {
    export: no(`${MATCHING_COPY}; exported as availability`),
    erase: derived(BY_TRIGGERS),
    merge: { action: 'derived', why: RECOPIED },
    why: 'Weekly availability, for matching.',
  },
  registry_consent: {
    export: no(`${MATCHING_COPY}; exported as consents`),
    erase: derived(BY_TRIGGERS),
    merge: { action: 'derived', why: RECOPIED },
    why: 'Whether the registry consent is in force, for matching.',
  },
  excluded_unit_ids: {
    export: no(`${MATCHING_COPY}; exported as exclusions`),
    erase: derived(BY_TRIGGERS),
    merge: { action: 'derived', why: RECOPIED },
    why: '“Will not work with” units, for matching.',
  },
  version: {
    export: yes,
    erase: replaceBy('version + 1'),
    merge: kept,
    why: 'Optimistic locking: every change moves it on.',
  },
  created_at: {
    export: yes,
    erase: keep('when the record was made; identifies no one'),
    merge: kept,
    why: 'Bookkeeping.',
  },
  updated_at: { export: yes, erase: replaceBy('now()'), merge: kept, why: 'Bookkeeping.' },
} satisfies Record<string, ColumnRule>;

/** A column of `expert` (what the import may write, for one). */
export type ExpertColumn = keyof typeof EXPERT_COLUMNS;

// ------------------------------------------------------------------------------- the person's lists

const THE_PERSON = no('names the person, who is exported as person.id');
const INTERNAL_KEY = no('an internal key');
const WRITTEN_AT = no('bookkeeping: when the row was written');
const HISTORY = 'the status history stays, anonymous, for the audit of assignments and fees';
const UPLOAD = 'an upload of a whole spreadsheet, not one person’s record';
const upload = (why: string): ColumnRule => ({
  export: no(UPLOAD),
  erase: keep(UPLOAD),
  merge: { action: 'untouched', why: UPLOAD },
  why,
});

/**
 * Every table the registry owns, in the order of the data export. The person's lists are deleted by
 * erasure and moved to the kept record by a merge (the experience areas are copied, each area once),
 * except the status history, which stays without its free-text reasons.
 */
export const GDPR_CLASSIFICATION: Record<string, TableRule> = {
  expert: { person: 'id', exportAs: 'person', columns: EXPERT_COLUMNS },

  expert_experience_area: {
    person: 'expert_id',
    exportAs: 'experienceAreas',
    exportOrder: 'area_code',
    columns: {
      expert_id: { export: THE_PERSON, erase: deleteRow, merge: person, why: 'Whose area it is.' },
      area_code: {
        export: yes,
        erase: deleteRow,
        merge: { action: 'key' },
        why: 'An experience area (special-category data); after a merge, both records’ areas, each once.',
      },
      visible_to_orderers: {
        export: yes,
        erase: deleteRow,
        merge: { action: 'both' },
        why: 'The person’s choice to show the area; after a merge, shown only if both records allowed it.',
      },
    },
  },

  training_record: {
    person: 'expert_id',
    exportAs: 'training',
    exportOrder: 'completed_on',
    columns: {
      id: { export: INTERNAL_KEY, erase: deleteRow, merge: withRow, why: 'The row’s key.' },
      expert_id: { export: THE_PERSON, erase: deleteRow, merge: person, why: 'Whose training it is.' },
      course: { export: yes, erase: deleteRow, merge: withRow, why: 'The course taken.' },
      provider: { export: yes, erase: deleteRow, merge: withRow, why: 'Who gave it.' },
      hours: {
        export: yes,
        erase: deleteRow,
        merge: withRow,
        why: 'Its length (the tier follows from the hours).',
      },
      completed_on: { export: yes, erase: deleteRow, merge: withRow, why: 'When it was completed.' },
      mentor_training: {
        export: yes,
        erase: deleteRow,
        merge: withRow,
        why: 'Whether it qualifies for the mentor tier.',
      },
      created_at: { export: WRITTEN_AT, erase: deleteRow, merge: withRow, why: 'Bookkeeping.' },
    },
  },

  expert_weekly_availability: {
    person: 'expert_id',
    exportAs: 'availability',
    exportOrder: 'weekday',
    columns: {
      id: { export: INTERNAL_KEY, erase: deleteRow, merge: withRow, why: 'The row’s key.' },
      expert_id: { export: THE_PERSON, erase: deleteRow, merge: person, why: 'Whose availability it is.' },
      weekday: {
        export: yes,
        erase: deleteRow,
        merge: withRow,
        why: 'A weekday the person can usually work.',
      },
      starts_at: { export: yes, erase: deleteRow, merge: withRow, why: 'From (Helsinki time).' },
      ends_at: { export: yes, erase: deleteRow, merge: withRow, why: 'Until.' },
    },
  },

  expert_absence: {
    person: 'expert_id',
    exportAs: 'absences',
    exportOrder: 'starts_on',
    columns: {
      id: { export: INTERNAL_KEY, erase: deleteRow, merge: withRow, why: 'The row’s key.' },
      expert_id: { export: THE_PERSON, erase: deleteRow, merge: person, why: 'Whose absence it is.' },
      starts_on: { export: yes, erase: deleteRow, merge: withRow, why: 'The first day away.' },
      ends_on: { export: yes, erase: deleteRow, merge: withRow, why: 'The last day away.' },
      kind: {
        export: yes,
        erase: deleteRow,
        merge: withRow,
        why: 'An absence, or a break for the person’s wellbeing.',
      },
      created_at: { export: WRITTEN_AT, erase: deleteRow, merge: withRow, why: 'Bookkeeping.' },
    },
  },

  expert_exclusion: {
    person: 'expert_id',
    exportAs: 'exclusions',
    columns: {
      id: { export: INTERNAL_KEY, erase: deleteRow, merge: withRow, why: 'The row’s key.' },
      expert_id: { export: THE_PERSON, erase: deleteRow, merge: person, why: 'Whose exclusion it is.' },
      unit_id: {
        export: yes,
        erase: deleteRow,
        merge: withRow,
        why: 'A unit the person will not work with.',
      },
      topic: { export: yes, erase: deleteRow, merge: withRow, why: 'A topic the person will not work with.' },
    },
  },

  expert_consent: {
    person: 'expert_id',
    exportAs: 'consents',
    exportOrder: 'given_at',
    columns: {
      id: { export: INTERNAL_KEY, erase: deleteRow, merge: withRow, why: 'The row’s key.' },
      expert_id: { export: THE_PERSON, erase: deleteRow, merge: person, why: 'Whose consent it is.' },
      kind: { export: yes, erase: deleteRow, merge: withRow, why: 'What the consent is for.' },
      given_at: { export: yes, erase: deleteRow, merge: withRow, why: 'When it was given.' },
      withdrawn_at: { export: yes, erase: deleteRow, merge: withRow, why: 'When it was withdrawn.' },
    },
  },

  expert_status_change: {
    person: 'expert_id',
    exportAs: 'statusHistory',
    exportOrder: 'changed_at',
    columns: {
      id: { export: INTERNAL_KEY, erase: keep(HISTORY), merge: withRow, why: 'The row’s key.' },
      expert_id: {
        export: THE_PERSON,
        erase: keep('ties the anonymous history to the anonymous row'),
        merge: person,
        why: 'Whose history it is.',
      },
      from_status: { export: yes, erase: keep(HISTORY), merge: withRow, why: 'The status before.' },
      to_status: { export: yes, erase: keep(HISTORY), merge: withRow, why: 'The status after.' },
      reason: { export: yes, erase: toNull, merge: withRow, why: 'Free text about the person.' },
      changed_by: {
        export: no('the staff member who made the change: their identity, not this person’s data'),
        erase: keep('who made a change, for the audit'),
        merge: withRow,
        why: 'The user who made the change.',
      },
      changed_at: { export: yes, erase: keep(HISTORY), merge: withRow, why: 'When.' },
    },
  },

  registry_import: {
    person: null,
    exportAs: null,
    columns: {
      id: upload('The upload’s key.'),
      file_name: upload('The uploaded file’s name.'),
      file_hash: upload('Finds the same file uploaded again.'),
      format: upload('CSV or XLSX.'),
      status: upload('Where the import is.'),
      total_rows: upload('Counts.'),
      valid_rows: upload('Counts.'),
      processed_rows: upload('Counts.'),
      imported_rows: upload('Counts.'),
      problems: upload(
        'Row numbers and problem codes; a message may quote a rejected cell (e.g. a malformed e-mail) of a row that was never imported.',
      ),
      rows_enc: upload(
        'The valid rows of the upload (identity codes, IBANs), encrypted; set to null when the import completes (a failed import keeps them).',
      ),
      created_by: upload('The coordinator who uploaded the file.'),
      created_at: upload('Bookkeeping.'),
      started_at: upload('Bookkeeping.'),
      finished_at: upload('Bookkeeping.'),
      error: upload('Why the import stopped.'),
    },
  },
};
