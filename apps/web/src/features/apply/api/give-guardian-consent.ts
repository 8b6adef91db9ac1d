import { getGuardianRequestQueryKey, giveGuardianConsentMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** The guardian's answer; the request's page then shows the answer given. */
export function useGiveGuardianConsent(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...giveGuardianConsentMutation(),
    onSuccess: (data) => queryClient.setQueryData(getGuardianRequestQueryKey({ query: { token } }), data),
  });
}
