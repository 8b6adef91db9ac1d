import type { ListFeeClaimsData } from '@kokemus/api-client';
import { listFeeClaims } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { feeAdminKeys } from './keys';

const PAGE_SIZE = 25;
export type ClaimQuery = NonNullable<ListFeeClaimsData['query']>;

/** A view of the claims, overdue first, one page at a time; "show more" follows the cursor. */
export const claimsInfiniteQueryOptions = (query: ClaimQuery) =>
  infiniteQueryOptions({
    queryKey: [...feeAdminKeys.claims(), { ...query, limit: PAGE_SIZE }, 'pages'] as const,
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listFeeClaims({
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

export function useClaimInbox(query: ClaimQuery, enabled: boolean) {
  return useInfiniteQuery({ ...claimsInfiniteQueryOptions(query), enabled });
}
