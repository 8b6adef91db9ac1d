import { withdrawOwnConsentMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useOwnExpertProfileStale } from './update-own-expert-profile';

export function useWithdrawOwnConsent() {
  const stale = useOwnExpertProfileStale();
  return useMutation({ ...withdrawOwnConsentMutation(), onSuccess: stale });
}
