import { markAllNotificationsReadMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useNotificationsChanged } from './notifications-changed';

export function useMarkAllNotificationsRead() {
  const changed = useNotificationsChanged();
  return useMutation({ ...markAllNotificationsReadMutation(), onSuccess: changed });
}
