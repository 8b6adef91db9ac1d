import { type EmailMessagePageDto, listEmailMessages } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { isExpectingNotification } from './count-unread-notifications';
import { notificationKeys } from './keys';

export const EMAIL_PAGE_SIZE = 20;
const PENDING_POLL_MS = 3_000;

/**
 * The outgoing e-mail log (admins), newest first. While a message waits to be sent, or a test message was
 * just asked for (the worker writes it a moment later), the log is asked again every few seconds.
 */
export const emailMessagesQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...notificationKeys.emailLists(), 'pages'] as const,
    queryFn: async ({ pageParam, signal }): Promise<EmailMessagePageDto> => {
      const { data } = await listEmailMessages({
        query: { limit: EMAIL_PAGE_SIZE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) =>
      isExpectingNotification() ||
      query.state.data?.pages.some((page) => page.items.some((item) => item.status === 'pending'))
        ? PENDING_POLL_MS
        : false,
  });

export function useEmailMessages() {
  return useInfiniteQuery(emailMessagesQueryOptions());
}
