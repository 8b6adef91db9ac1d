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
