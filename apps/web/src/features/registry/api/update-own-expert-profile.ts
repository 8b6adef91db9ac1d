import { updateOwnExpertProfileMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registryKeys } from './keys';

export function useUpdateOwnExpertProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateOwnExpertProfileMutation(),
    onSuccess: (expert) => queryClient.setQueryData(registryKeys.own(), expert),
  });
}

/** A stale If-Match (412): the profile changed meanwhile (a coordinator edited it), so read it again. */
export function useOwnExpertProfileStale() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: registryKeys.own() });
}
