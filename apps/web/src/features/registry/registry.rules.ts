import type { ConsentDto, ConsentKind, ExpertStatus, ListExpertsData } from '@kokemus/api-client';

export const EXPERT_STATUSES = [
  'applicant',
  'orientation',
  'active',
  'paused',
  'left',
] as const satisfies readonly ExpertStatus[];
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

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
  /** Only those payroll still needs this year's tax card from. */
  taxCardMissing?: true;
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
  if (search.taxCardMissing) query.taxCardMissing = true;
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
