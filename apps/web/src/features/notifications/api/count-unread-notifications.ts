import { countUnreadNotifications } from '@kokemus/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { notificationKeys } from './keys';

const POLL_MS = 60_000;
const FAST_POLL_MS = 2_000;
const FAST_POLL_FOR_MS = 30_000;

let fastPollUntil = 0;

/**
 * Something the person just did will bring them a notification in a few seconds (a test message goes
 * through the outbox and the worker): ask more often for a short while, so the bell follows promptly.
 */
export function expectNotificationSoon(now = Date.now()) {
  fastPollUntil = now + FAST_POLL_FOR_MS;
}

export function isExpectingNotification(now = Date.now()): boolean {
  return now < fastPollUntil;
}

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.unreadCount(),
    queryFn: async ({ signal }) => {
      const { data } = await countUnreadNotifications({ signal, throwOnError: true });
      return data.count;
    },
    refetchInterval: () => (isExpectingNotification() ? FAST_POLL_MS : POLL_MS),
    refetchOnWindowFocus: true,
  });

/** How many of the person's notifications are unread, for the bell in the header. */
export function useUnreadCount() {
  return useQuery(unreadCountQueryOptions());
}
