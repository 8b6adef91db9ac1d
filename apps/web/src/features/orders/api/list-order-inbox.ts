import type { ListOrderInboxData } from '@kokemus/api-client';
import { listOrderInbox } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { commaLists } from '../../../shared/api/query-serializers';
import { orderKeys } from './keys';

const PAGE_SIZE = 20;
export type InboxQuery = NonNullable<ListOrderInboxData['query']>;

/** One page at a time from the server; "show more" follows the cursor. */
export const inboxInfiniteQueryOptions = (query: InboxQuery) =>
  infiniteQueryOptions({
    queryKey: [...orderKeys.inboxPage({ ...query, limit: PAGE_SIZE }), 'pages'] as const,
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listOrderInbox({
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

export function useInbox(query: InboxQuery) {
  return useInfiniteQuery(inboxInfiniteQueryOptions(query));
}
