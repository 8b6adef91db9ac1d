import type { ListOrdersData } from '@kokemus/api-client';
import { listOrders } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { commaLists } from '../../../shared/api/query-serializers';
import { orderKeys } from './keys';

const PAGE_SIZE = 20;
export type OrderQuery = NonNullable<ListOrdersData['query']>;

/** One page at a time from the server; "show more" follows the cursor. */
export const ordersInfiniteQueryOptions = (query: OrderQuery) =>
  infiniteQueryOptions({
    queryKey: [...orderKeys.list({ ...query, limit: PAGE_SIZE }), 'pages'] as const,
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listOrders({
        query: { ...query, limit: PAGE_SIZE, cursor: pageParam },
        querySerializer: commaLists,
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 15_000,
  });

export function useOrders(query: OrderQuery) {
  return useInfiniteQuery(ordersInfiniteQueryOptions(query));
}
