import {
  getNotificationPreferencesOptions,
  updateNotificationPreferencesMutation,
} from '@kokemus/api-client/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationKeys } from './keys';

/** Which categories also reach the person by e-mail; money and safety are locked on. */
export function useNotificationPreferences() {
  return useQuery(getNotificationPreferencesOptions());
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateNotificationPreferencesMutation(),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(), saved),
  });
}
