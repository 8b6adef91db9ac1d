import { submitFeeClaimMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useClaimChanged } from './claim-changed';

/** The expert sends the claim on; it needs the version acted on (If-Match). */
export function useSubmitClaim() {
  const changed = useClaimChanged();
  return useMutation({ ...submitFeeClaimMutation(), onSuccess: changed });
}
