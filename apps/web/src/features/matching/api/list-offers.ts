import type { ListOffersData } from '@kokemus/api-client';
import { listOffersOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';
import { commaLists } from '../../../shared/api/query-serializers';

export type OfferQuery = NonNullable<ListOffersData['query']>;

/** An expert's own offers, or (a coordinator) those of one order. */
export const offersQueryOptions = (query: OfferQuery) =>
  listOffersOptions({ query: { limit: 100, ...query }, querySerializer: commaLists });

export function useOffers(query: OfferQuery) {
  return useQuery(offersQueryOptions(query));
}
