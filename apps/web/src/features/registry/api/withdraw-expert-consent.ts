import { withdrawExpertConsentMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useExpertStale } from './update-expert';

/** A coordinator records that the person withdrew a consent. */
export function useWithdrawExpertConsent() {
  const stale = useExpertStale();
  return useMutation({
    ...withdrawExpertConsentMutation(),
    onSuccess: (_data, variables) => stale(variables.path.id),
  });
}
