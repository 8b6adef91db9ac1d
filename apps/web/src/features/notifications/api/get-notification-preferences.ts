import { getNotificationPreferencesOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** Which categories also reach the person by e-mail; money and safety are locked on. */
export function useNotificationPreferences() {
  return useQuery(getNotificationPreferencesOptions());
}
