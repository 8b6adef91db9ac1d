import { markNotificationReadMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useNotificationsChanged } from './notifications-changed';

export function useMarkNotificationRead() {
  const changed = useNotificationsChanged();
  return useMutation({ ...markNotificationReadMutation(), onSuccess: changed });
}
