import type { ListApplicationsData } from '@kokemus/api-client';
import { listApplications } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { onboardingKeys } from './keys';

const PAGE_SIZE = 25;
export type ApplicationQuery = Omit<NonNullable<ListApplicationsData['query']>, 'limit' | 'cursor'>;

/** Applications, the stalled first, one page at a time; "show more" follows the cursor. */
export const applicationsInfiniteQueryOptions = (query: ApplicationQuery) =>
  infiniteQueryOptions({
    queryKey: [...onboardingKeys.lists(), { ...query, limit: PAGE_SIZE }, 'pages'] as const,
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listApplications({
        query: { ...query, limit: PAGE_SIZE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 15_000,
  });

export function useApplications(query: ApplicationQuery) {
  return useInfiniteQuery(applicationsInfiniteQueryOptions(query));
}
