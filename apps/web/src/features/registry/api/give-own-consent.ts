import { giveOwnConsentMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useOwnExpertProfileStale } from './update-own-expert-profile';

export function useGiveOwnConsent() {
  const stale = useOwnExpertProfileStale();
  return useMutation({ ...giveOwnConsentMutation(), onSuccess: stale });
}
