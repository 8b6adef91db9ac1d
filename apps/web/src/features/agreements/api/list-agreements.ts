import { listAgreements } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { agreementKeys } from './keys';

const PAGE_SIZE = 25;

/** The documents in the county's order, one page at a time; "show more" follows the cursor. */
export const agreementsInfiniteQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...agreementKeys.list(), 'pages'] as const,
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listAgreements({
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useAgreements() {
  return useInfiniteQuery(agreementsInfiniteQueryOptions());
}
