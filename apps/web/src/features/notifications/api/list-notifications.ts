import { listNotifications, type NotificationPageDto } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { notificationKeys } from './keys';

export const NOTIFICATION_PAGE_SIZE = 20;

/** The person's notifications, unread first, a page at a time ("show more"). */
export const notificationsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...notificationKeys.lists(), 'pages'] as const,
    queryFn: async ({ pageParam, signal }): Promise<NotificationPageDto> => {
      const { data } = await listNotifications({
        query: { limit: NOTIFICATION_PAGE_SIZE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchOnWindowFocus: true,
  });

export function useNotifications() {
  return useInfiniteQuery(notificationsQueryOptions());
}
