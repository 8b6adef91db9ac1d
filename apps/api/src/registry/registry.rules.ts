/** Pure rules of the registry: identity checks, derived tier, status changes. */
import type { TierRule } from '../catalog/catalog.rules';

export enum ExpertStatus {
  Applicant = 'applicant',
  Orientation = 'orientation',
  Active = 'active',
  Paused = 'paused',
  Left = 'left',
}

export enum ExpertKind {
  TrainedExpert = 'trained_expert',
  ExperienceActor = 'experience_actor',
  PeerSupporter = 'peer_supporter',
  DeveloperClient = 'developer_client',
  Mentor = 'mentor',
}

export enum PaymentMethod {
  Payroll = 'payroll',
  Invoice = 'invoice',
  Ngo = 'ngo',
  Volunteer = 'volunteer',
}

/** Who may move an expert between statuses (coordinator actions; "left" is final except by re-application). */
const TRANSITIONS: Record<ExpertStatus, ExpertStatus[]> = {
  [ExpertStatus.Applicant]: [ExpertStatus.Orientation, ExpertStatus.Active, ExpertStatus.Left],
  [ExpertStatus.Orientation]: [ExpertStatus.Active, ExpertStatus.Applicant, ExpertStatus.Left],
  [ExpertStatus.Active]: [ExpertStatus.Paused, ExpertStatus.Left],
  [ExpertStatus.Paused]: [ExpertStatus.Active, ExpertStatus.Left],
  [ExpertStatus.Left]: [ExpertStatus.Applicant],
};

export function canChangeStatus(from: ExpertStatus, to: ExpertStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function allowedNextStatuses(from: ExpertStatus): ExpertStatus[] {
  return [...TRANSITIONS[from]];
}

const PIC_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

export interface PicInfo {
  birthDate: string;
}

/** Finnish personal identity code (henkilötunnus), with the 2023 century signs; null when not valid. */
export function parsePersonalIdentityCode(input: string): PicInfo | null {
  const pic = input.trim().toUpperCase();
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(pic);
  if (!m) return null;
  const [, dd, mm, yy, sign, serial, check] = m;
  const year = CENTURY[sign] + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== Number(mm) - 1 ||
    date.getUTCDate() !== Number(dd)
  ) {
    return null;
  }
  if (Number(serial) < 2) return null;
  if (PIC_CHECK[Number(`${dd}${mm}${yy}${serial}`) % 31] !== check) return null;
  return { birthDate: `${year}-${mm}-${dd}` };
}

/** Shows only what a person needs to recognise the code: the birth date part. */
export function maskPersonalIdentityCode(pic: string): string {
  return `${pic.slice(0, 6)}*****`;
}

/** IBAN by the ISO 13616 mod-97 check (Finnish IBANs are 18 characters). */
export function isValidIban(input: string): boolean {
  const iban = input.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  if (iban.startsWith('FI') && iban.length !== 18) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

export function normaliseIban(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function maskIban(iban: string): string {
  return `${iban.slice(0, 4)} **** **** **${iban.slice(-2)}`;
}

/** Finnish business ID (Y-tunnus) 1234567-8 with its mod-11 check digit. */
export function isValidBusinessId(input: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(input.trim());
  if (!m) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = m[1].split('').reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  const rem = sum % 11;
  if (rem === 1) return false;
  return Number(m[2]) === (rem === 0 ? 0 : 11 - rem);
}

export interface TrainingFact {
  hours: number;
  mentorTraining: boolean;
}

/** The highest tier whose thresholds the training records meet; null with no training at all. */
export function deriveTier(rules: TierRule[], records: TrainingFact[]): string | null {
  if (records.length === 0) return null;
  const hours = records.reduce((sum, r) => sum + r.hours, 0);
  const mentor = records.some((r) => r.mentorTraining);
  const met = rules
    .filter((r) => hours >= r.minHours && (!r.requiresMentorTraining || mentor))
    .sort((a, b) => b.rank - a.rank);
  return met[0]?.code ?? null;
}

export function municipalityCode(nameFi: string): string {
  return nameFi
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A weekly availability window in Helsinki wall-clock time (ISO weekday 1–7, `HH:MM`). */
export interface WeeklyWindow {
  weekday: number;
  startsAt: string;
  endsAt: string;
}

/** `{[2040,2400),[3480,3840)}` (minutes of the ISO week) → windows per weekday in `HH:MM`. */
export function weeklyFromMinutes(text: string | null): WeeklyWindow[] {
  if (!text) return [];
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const windows: WeeklyWindow[] = [];
  for (const match of text.matchAll(/\[(\d+),(\d+)\)/g)) {
    let from = Number(match[1]);
    const to = Number(match[2]);
    // a range may run over midnight when two days' windows meet: one window per day
    while (from < to) {
      const weekday = Math.floor(from / 1440);
      const dayEnd = Math.min(to, (weekday + 1) * 1440);
      windows.push({ weekday, startsAt: hhmm(from - weekday * 1440), endsAt: hhmm(dayEnd - weekday * 1440) });
      from = dayEnd;
    }
  }
  return windows;
}

// ------------------------------------------------------------------ the yearly tax card

/**
 * Whose tax card (*verokortti*) payroll still needs for a year: people paid through payroll who are
 * active or paused and have none on file for that year. A tax card is valid from 1 February to the end
 * of the next January, so the new year's card is asked for in January.
 */
export function taxCardDue(
  e: { status: ExpertStatus; paymentMethod: string; taxCardYear: number | null },
  year: number,
): boolean {
  return (
    (e.status === ExpertStatus.Active || e.status === ExpertStatus.Paused) &&
    e.paymentMethod === 'payroll' &&
    (e.taxCardYear === null || e.taxCardYear < year)
  );
}

/** `taxCardDue` as SQL on the expert table (or its alias), the year as the named or numbered parameter. */
export const taxCardDueSql = (alias: string, year: string) =>
  `${alias}.payment_method = 'payroll' AND ${alias}.status IN ('active', 'paused') AND (${alias}.tax_card_year IS NULL OR ${alias}.tax_card_year < ${year})`;

/** The year whose tax card is asked for on a Helsinki date: only in January (null in other months). */
export function taxCardReminderYear(helsinkiDay: string): number | null {
  return helsinkiDay.slice(5, 7) === '01' ? Number(helsinkiDay.slice(0, 4)) : null;
}
