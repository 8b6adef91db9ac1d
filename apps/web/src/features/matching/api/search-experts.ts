import { listExperts } from '@kokemus/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { matchingKeys } from './keys';

/** People by name, for "why is X not on the list?"; nothing is asked before something is searched. */
export const expertSearchQueryOptions = (search: string) =>
  queryOptions({
    queryKey: matchingKeys.expertSearch(search),
    queryFn: async ({ signal }) => {
      const { data } = await listExperts({ query: { q: search, limit: 10 }, signal, throwOnError: true });
      return data.items;
    },
    enabled: search.length > 0,
  });

export function useExpertSearch(search: string) {
  return useQuery(expertSearchQueryOptions(search));
}
