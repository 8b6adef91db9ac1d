import { sendTestNotificationMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { expectNotificationSoon } from './count-unread-notifications';
import { notificationKeys } from './keys';

/** An admin's test message to themself: it shows up in the log and, in a moment, behind the bell. */
export function useSendTestNotification() {
  const queryClient = useQueryClient();
  return useMutation({
    ...sendTestNotificationMutation(),
    onSuccess: () => {
      expectNotificationSoon();
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: notificationKeys.emailLists() }),
        queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount() }),
      ]);
    },
  });
}
