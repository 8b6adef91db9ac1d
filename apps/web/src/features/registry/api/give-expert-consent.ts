import { giveExpertConsentMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useExpertStale } from './update-expert';

/** A coordinator records that the person gave a consent (e.g. on paper at orientation). */
export function useGiveExpertConsent() {
  const stale = useExpertStale();
  return useMutation({
    ...giveExpertConsentMutation(),
    onSuccess: (_data, variables) => stale(variables.path.id),
  });
}
