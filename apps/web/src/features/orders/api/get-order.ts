import { getOrderTimeline, listOrderMessages } from '@kokemus/api-client';
import { getOrderOptions } from '@kokemus/api-client/react-query';
import { infiniteQueryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { orderKeys } from './keys';

export const orderQueryOptions = (id: string) => getOrderOptions({ path: { id } });

export function useOrder(id: string) {
  return useQuery(orderQueryOptions(id));
}

const PAGE_SIZE = 50;

export function useOrderTimeline(id: string) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...orderKeys.timeline(id), 'pages'] as const,
      queryFn: async ({ pageParam, signal }) => {
        const { data } = await getOrderTimeline({
          path: { id },
          query: { limit: PAGE_SIZE, cursor: pageParam },
          signal,
          throwOnError: true,
        });
        return data;
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );
}

export function useOrderMessages(id: string) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...orderKeys.messages(id), 'pages'] as const,
      queryFn: async ({ pageParam, signal }) => {
        const { data } = await listOrderMessages({
          path: { id },
          query: { limit: PAGE_SIZE, cursor: pageParam },
          signal,
          throwOnError: true,
        });
        return data;
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );
}
