import { useQueryClient } from '@tanstack/react-query';
import { notificationKeys } from './keys';

/** After notifications are marked read: the bell's count and the lists reload. */
export function useNotificationsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount() }),
      queryClient.invalidateQueries({ queryKey: notificationKeys.lists() }),
    ]);
}
