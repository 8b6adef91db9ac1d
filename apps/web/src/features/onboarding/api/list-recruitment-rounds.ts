import { listRecruitmentRounds } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { onboardingKeys } from './keys';

const PAGE_SIZE = 20;

/** The recruitment rounds, newest first, with the confirmed applications against each quota. */
export const roundsInfiniteQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...onboardingKeys.rounds(), { limit: PAGE_SIZE }, 'pages'] as const,
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listRecruitmentRounds({
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useRecruitmentRounds() {
  return useInfiniteQuery(roundsInfiniteQueryOptions());
}
