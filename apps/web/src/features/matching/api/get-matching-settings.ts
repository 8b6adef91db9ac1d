import { getMatchingSettingsOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export const matchingSettingsQueryOptions = () => getMatchingSettingsOptions();

export function useMatchingSettings() {
  return useQuery(matchingSettingsQueryOptions());
}
