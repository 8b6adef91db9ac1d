import type { ConsentDto, ConsentKind, ExpertStatus, ListExpertsData } from '@kokemus/api-client';

export const EXPERT_STATUSES = [
  'applicant',
  'orientation',
  'active',
  'paused',
  'left',
] as const satisfies readonly ExpertStatus[];
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

type Labelled = { labelFi: string; labelSv: string; labelEn: string };
type Named = { nameFi: string; nameSv: string };

/** A catalogue entry in the UI's language (Finnish when a translation is missing). */
export function catalogLabel(item: Labelled, language: string): string {
  if (language === 'sv') return item.labelSv || item.labelFi;
  if (language === 'en') return item.labelEn || item.labelFi;
  return item.labelFi;
}

/** Municipalities have official names in Finnish and Swedish only. */
export function municipalityName(item: Named, language: string): string {
  return language === 'sv' ? item.nameSv || item.nameFi : item.nameFi;
}

/** The label for a code, or the code itself when the catalogue does not (or no longer) know it. */
export function labelFor(
  items: readonly (Labelled & { code: string })[] | undefined,
  code: string,
  language: string,
) {
  const item = items?.find((candidate) => candidate.code === code);
  return item ? catalogLabel(item, language) : code;
}

export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** Integer cents as euros for an input ("1500" or "1500,50"); empty for no ceiling. */
export function centsToEuroText(cents: number | null): string {
  if (cents === null) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** What a person typed as euros ("1 500", "1500,5", "1500.50 €") as integer cents; null when empty, NaN when not a sum. */
export function euroTextToCents(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0€]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return Number.NaN;
  const [whole, fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** A date as typed in Finland (1.3.2026) or ISO (2026-03-01), as ISO; null when it is not a real date. */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  let y: number, m: number, d: number;
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (fi) [d, m, y] = [Number(fi[1]), Number(fi[2]), Number(fi[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** An ISO date as Finns write it (1.3.2026); the same in Swedish, and the English UI uses it too. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** "9", "9:00", "09.30" → "09:00"/"09:30"; null when it is not a time of day. */
export function normaliseTime(text: string): string | null {
  const found = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text.trim());
  if (!found) return null;
  const hours = Number(found[1]);
  const minutes = Number(found[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Today in Helsinki as an ISO date. */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(now);
}

export type RegistrySearch = {
  q?: string;
  area?: string[];
  language?: string[];
  municipality?: string;
  maxDistanceKm?: number;
  tier?: string;
  status?: ExpertStatus;
  availableFrom?: string;
  availableTo?: string;
};

type ExpertQuery = NonNullable<ListExpertsData['query']>;

/** The list's URL search as the API's filters (empty ones left out, so cache keys stay stable). */
export function toExpertQuery(search: RegistrySearch): ExpertQuery {
  const query: ExpertQuery = {};
  if (search.q) query.q = search.q;
  if (search.area?.length) query.area = search.area;
  if (search.language?.length) query.language = search.language;
  if (search.municipality) {
    query.municipality = search.municipality;
    if (search.maxDistanceKm !== undefined) query.maxDistanceKm = search.maxDistanceKm;
  }
  if (search.tier) query.tier = search.tier;
  if (search.status) query.status = search.status;
  if (search.availableFrom && search.availableTo) {
    query.availableFrom = search.availableFrom;
    query.availableTo = search.availableTo;
  }
  return query;
}

export function hasFilters(search: RegistrySearch): boolean {
  return Object.keys(toExpertQuery(search)).length > 0;
}

export const CONSENT_KINDS = [
  'registry',
  'public_profile',
  'video',
  'research',
] as const satisfies readonly ConsentKind[];

export type ConsentState = {
  kind: ConsentKind;
  /** In force now: given and not withdrawn. */
  given: boolean;
  /** The latest record of this kind (null when it was never given), then the earlier ones, newest first. */
  latest: ConsentDto | null;
  earlier: ConsentDto[];
};

/** Each kind of consent with its state now and its history, in a fixed order. */
export function consentStates(consents: readonly ConsentDto[]): ConsentState[] {
  return CONSENT_KINDS.map((kind) => {
    const records = consents
      .filter((consent) => consent.kind === kind)
      .sort((a, b) => Date.parse(b.givenAt) - Date.parse(a.givenAt));
    const [latest = null, ...earlier] = records;
    return { kind, given: records.some((consent) => consent.withdrawnAt === null), latest, earlier };
  });
}
