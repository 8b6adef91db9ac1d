import { getMatchingFairness } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { type MatchingPeriod, matchingKeys } from './keys';

const FAIRNESS_PAGE = 50;

/** Fairness figures for a period, the per-person rows a page at a time; nothing is asked without a period. */
export const fairnessQueryOptions = (period: MatchingPeriod | null) =>
  infiniteQueryOptions({
    queryKey: matchingKeys.fairness(period),
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await getMatchingFairness({
        query: { from: period!.from, to: period!.to, limit: FAIRNESS_PAGE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: period !== null,
  });

export function useFairness(period: MatchingPeriod | null) {
  return useInfiniteQuery(fairnessQueryOptions(period));
}
