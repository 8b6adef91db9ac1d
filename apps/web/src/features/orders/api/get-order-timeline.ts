import { getOrderTimeline } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { orderKeys } from './keys';

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
