import { listFeeClaims } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { feeKeys } from './keys';

const PAGE_SIZE = 20;

/** The expert's own claims, newest first, a page at a time. */
export const myClaimsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: feeKeys.mine(),
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listFeeClaims({
        query: { view: 'mine', limit: PAGE_SIZE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useMyClaims() {
  return useInfiniteQuery(myClaimsQueryOptions());
}
