import { updateNotificationPreferencesMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationKeys } from './keys';

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateNotificationPreferencesMutation(),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(), saved),
  });
}
