import type { ListAssignmentsData, ListOffersData, ListOrderCandidatesData } from '@kokemus/api-client';
import {
  getMatchingSettingsQueryKey,
  listAssignmentsQueryKey,
  listOffersQueryKey,
  listOrderCandidatesQueryKey,
} from '@kokemus/api-client/react-query';

export type MatchingPeriod = { from: string; to: string };

/** The matching feature's query keys, built from the generated ones so they match the generated options. */
export const matchingKeys = {
  /** Every candidate list of an order, for any of its times or people explained: invalidate this. */
  candidates: (orderId: string) => listOrderCandidatesQueryKey({ path: { id: orderId } }),
  candidateList: (orderId: string, query: ListOrderCandidatesData['query']) =>
    listOrderCandidatesQueryKey({ path: { id: orderId }, query }),
  /** Every offer list, whatever its filters: invalidate this after a change. */
  offers: () => listOffersQueryKey(),
  offerList: (query: ListOffersData['query']) => listOffersQueryKey({ query }),
  /** Every assignment list, whatever its filters: invalidate this after a change. */
  assignments: () => listAssignmentsQueryKey(),
  assignmentList: (query: ListAssignmentsData['query']) => listAssignmentsQueryKey({ query }),
  fairness: (period: MatchingPeriod | null) => ['matching', 'fairness', period] as const,
  /** The people found for "why is X not on the list?". */
  expertSearch: (search: string) => ['matching', 'explain-search', search] as const,
  settings: () => getMatchingSettingsQueryKey(),
};
