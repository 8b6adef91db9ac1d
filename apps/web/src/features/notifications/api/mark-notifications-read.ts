import {
  markAllNotificationsReadMutation,
  markNotificationReadMutation,
} from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationKeys } from './keys';

function useNotificationsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount() }),
      queryClient.invalidateQueries({ queryKey: notificationKeys.lists() }),
    ]);
}

export function useMarkNotificationRead() {
  const changed = useNotificationsChanged();
  return useMutation({ ...markNotificationReadMutation(), onSuccess: changed });
}

export function useMarkAllNotificationsRead() {
  const changed = useNotificationsChanged();
  return useMutation({ ...markAllNotificationsReadMutation(), onSuccess: changed });
}
