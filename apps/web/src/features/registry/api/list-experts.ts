import type { ListExpertsData } from '@kokemus/api-client';
import { listExperts } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { commaLists } from '../../../shared/api/query-serializers';
import { registryKeys } from './keys';

const PAGE_SIZE = 25;
type ExpertQuery = NonNullable<ListExpertsData['query']>;

/** One page at a time from the server; "load more" follows the cursor. */
export const expertsInfiniteQueryOptions = (query: ExpertQuery) =>
  infiniteQueryOptions({
    queryKey: [...registryKeys.list({ ...query, limit: PAGE_SIZE }), 'pages'] as const,
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listExperts({
        query: { ...query, limit: PAGE_SIZE, cursor: pageParam },
        querySerializer: commaLists,
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 30_000,
  });

export function useExperts(query: ExpertQuery) {
  return useInfiniteQuery(expertsInfiniteQueryOptions(query));
}
