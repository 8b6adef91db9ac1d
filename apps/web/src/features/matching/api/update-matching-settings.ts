import { updateMatchingSettingsMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { matchingKeys } from './keys';

export function useUpdateMatchingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateMatchingSettingsMutation(),
    onSuccess: (settings) => queryClient.setQueryData(matchingKeys.settings(), settings),
  });
}
