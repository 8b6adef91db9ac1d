import { parse } from 'csv-parse/sync';
import { isValidIban, normaliseIban, parsePersonalIdentityCode } from './registry.rules';

/** Turns a county's spreadsheet (CSV or XLSX rows) into expert rows, reporting problems row by row. */

export type Field =
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'municipality'
  | 'postalCode'
  | 'languages'
  | 'areas'
  | 'personalIdentityCode'
  | 'iban'
  | 'status'
  | 'course'
  | 'trainingHours'
  | 'trainingCompletedOn';

/** Header names seen in counties' spreadsheets (lower-cased, trimmed), Finnish, Swedish and English. */
const HEADERS: Record<Field, string[]> = {
  firstName: ['etunimi', 'etunimet', 'förnamn', 'first name', 'firstname'],
  lastName: ['sukunimi', 'efternamn', 'last name', 'lastname', 'surname'],
  email: ['sähköposti', 'sähköpostiosoite', 'email', 'e-mail', 'e-post', 'sposti'],
  phone: ['puhelin', 'puhelinnumero', 'matkapuhelin', 'telefon', 'phone'],
  municipality: ['kotikunta', 'kunta', 'hemkommun', 'kommun', 'municipality'],
  postalCode: ['postinumero', 'postnummer', 'postal code', 'zip'],
  languages: ['kielet', 'kieli', 'språk', 'languages', 'language'],
  areas: ['kokemusalueet', 'kokemusalue', 'erfarenhetsområden', 'experience areas', 'areas'],
  personalIdentityCode: ['henkilötunnus', 'hetu', 'personbeteckning', 'personal identity code'],
  iban: ['tilinumero', 'iban', 'kontonummer', 'bank account'],
  status: ['tila', 'status'],
  course: ['koulutus', 'utbildning', 'training', 'course'],
  trainingHours: ['koulutustunnit', 'tunnit', 'timmar', 'training hours', 'hours'],
  trainingCompletedOn: ['koulutus valmistunut', 'valmistunut', 'completed', 'completed on'],
};

export interface ImportProblem {
  /** 1-based data row number as the person sees it in the spreadsheet (the header is row 1). */
  row: number;
  field: Field | 'file';
  code: 'missing' | 'invalid' | 'unknown' | 'duplicate_in_file' | 'duplicate_existing' | 'unreadable';
  message: string;
}

export interface ImportRow {
  row: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  municipalityCode: string | null;
  postalCode: string | null;
  languages: string[];
  areas: string[];
  personalIdentityCode: string | null;
  birthDate: string | null;
  iban: string | null;
  status: 'active' | 'applicant' | 'paused' | 'left';
  training: { course: string; hours: number; completedOn: string } | null;
}

export interface Lookups {
  municipality(name: string): { code: string } | null;
  language(value: string): string | null;
  area(value: string): string | null;
  existingEmail(email: string): boolean;
  existingPersonalId(pic: string): boolean;
}

/** Decodes bytes as UTF-8 (BOM stripped), or as Windows-1252 when they are not valid UTF-8. */
export function decodeText(bytes: Buffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** `;` (the Finnish Excel default) or `,`, by which one the header line has more of. */
export function detectDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export function parseCsv(bytes: Buffer): string[][] {
  const { text } = decodeText(bytes);
  return parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
}

const STATUS: Record<string, ImportRow['status']> = {
  aktiivinen: 'active',
  active: 'active',
  aktiv: 'active',
  hakija: 'applicant',
  applicant: 'applicant',
  sökande: 'applicant',
  tauolla: 'paused',
  paused: 'paused',
  'på paus': 'paused',
  lopettanut: 'left',
  left: 'left',
  slutat: 'left',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isoDate(value: string): string | null {
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [y, m, d] = fi ? [fi[3], fi[2], fi[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const list = (value: string) =>
  value
    .split(/[,/|]+/)
    .map((v) => v.trim())
    .filter(Boolean);

/** Validates every row; valid rows come back normalised, the rest as problems (nothing is half-imported). */
export function validateRows(table: string[][], lookups: Lookups): { rows: ImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const [header, ...data] = table;
  if (!header) return { rows: [], problems: [{ row: 1, field: 'file', code: 'unreadable', message: 'The file is empty.' }] };
  const columns = new Map<Field, number>();
  header.forEach((h, i) => {
    const name = String(h ?? '').trim().toLowerCase();
    for (const [field, aliases] of Object.entries(HEADERS) as Array<[Field, string[]]>) {
      if (aliases.includes(name) && !columns.has(field)) columns.set(field, i);
    }
  });
  const required: Field[] = ['firstName', 'lastName', 'email'];
  const missingColumns = required.filter((f) => !columns.has(f));
  if (missingColumns.length) {
    return {
      rows: [],
      problems: [
        {
          row: 1,
          field: 'file',
          code: 'unreadable',
          message: `Columns not found: ${missingColumns.join(', ')}. Check the header row and the delimiter (; or ,).`,
        },
      ],
    };
  }
  const rows: ImportRow[] = [];
  const seenEmails = new Map<string, number>();
  const seenPics = new Map<string, number>();
  data.forEach((cells, index) => {
    const rowNo = index + 2;
    const get = (f: Field) => {
      const i = columns.get(f);
      return i === undefined ? '' : String(cells[i] ?? '').trim();
    };
    if (cells.every((c) => !String(c ?? '').trim())) return;
    const rowProblems: ImportProblem[] = [];
    const problem = (field: Field, code: ImportProblem['code'], message: string) => rowProblems.push({ row: rowNo, field, code, message });

    const firstName = get('firstName');
    const lastName = get('lastName');
    const email = get('email').toLowerCase();
    if (!firstName) problem('firstName', 'missing', 'First name is missing.');
    if (!lastName) problem('lastName', 'missing', 'Last name is missing.');
    if (!email) problem('email', 'missing', 'E-mail is missing.');
    else if (!EMAIL.test(email)) problem('email', 'invalid', `"${email}" is not an e-mail address.`);
    else if (seenEmails.has(email)) problem('email', 'duplicate_in_file', `Same e-mail as row ${seenEmails.get(email)}.`);
    else if (lookups.existingEmail(email)) problem('email', 'duplicate_existing', 'A person with this e-mail is already in the registry.');

    const municipalityName = get('municipality');
    const municipality = municipalityName ? lookups.municipality(municipalityName) : null;
    if (municipalityName && !municipality) problem('municipality', 'unknown', `Unknown municipality "${municipalityName}".`);

    const postalCode = get('postalCode') || null;
    if (postalCode && !/^\d{5}$/.test(postalCode)) problem('postalCode', 'invalid', 'A postal code has five digits.');

    const languages: string[] = [];
    for (const value of list(get('languages') || 'fi')) {
      const code = lookups.language(value);
      if (code) languages.push(code);
      else problem('languages', 'unknown', `Unknown language "${value}".`);
    }
    const areas: string[] = [];
    for (const value of list(get('areas'))) {
      const code = lookups.area(value);
      if (code) areas.push(code);
      else problem('areas', 'unknown', `Unknown experience area "${value}".`);
    }

    let pic: string | null = get('personalIdentityCode').toUpperCase() || null;
    let birthDate: string | null = null;
    if (pic) {
      const info = parsePersonalIdentityCode(pic);
      if (!info) problem('personalIdentityCode', 'invalid', 'The personal identity code is not valid (check character).');
      else if (seenPics.has(pic)) problem('personalIdentityCode', 'duplicate_in_file', `Same identity code as row ${seenPics.get(pic)}.`);
      else if (lookups.existingPersonalId(pic)) problem('personalIdentityCode', 'duplicate_existing', 'A person with this identity code is already in the registry.');
      else birthDate = info.birthDate;
      if (!info) pic = null;
    }
    const ibanRaw = get('iban');
    const iban = ibanRaw ? normaliseIban(ibanRaw) : null;
    if (iban && !isValidIban(iban)) problem('iban', 'invalid', 'The bank account number (IBAN) is not valid.');

    const statusRaw = get('status').toLowerCase();
    const status = statusRaw ? STATUS[statusRaw] : 'active';
    if (!status) problem('status', 'unknown', `Unknown status "${statusRaw}".`);

    let training: ImportRow['training'] = null;
    const course = get('course');
    if (course) {
      const hours = Number(get('trainingHours').replace(',', '.'));
      const completedOn = isoDate(get('trainingCompletedOn'));
      if (!Number.isInteger(hours) || hours < 0 || hours > 2000) problem('trainingHours', 'invalid', 'Training hours must be a whole number.');
      if (!completedOn) problem('trainingCompletedOn', 'invalid', 'Give the completion date as 31.12.2025 or 2025-12-31.');
      if (Number.isInteger(hours) && completedOn) training = { course, hours, completedOn };
    }

    if (email) seenEmails.set(email, seenEmails.get(email) ?? rowNo);
    if (pic) seenPics.set(pic, seenPics.get(pic) ?? rowNo);
    if (rowProblems.length) {
      problems.push(...rowProblems);
      return;
    }
    rows.push({
      row: rowNo,
      firstName,
      lastName,
      email,
      phone: get('phone') || null,
      municipalityCode: municipality?.code ?? null,
      postalCode,
      languages: [...new Set(languages)],
      areas: [...new Set(areas)],
      personalIdentityCode: pic,
      birthDate,
      iban,
      status: status!,
      training,
    });
  });
  return { rows, problems };
}
