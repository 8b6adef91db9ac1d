import { reassignFeeClaimMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useClaimChanged } from './claim-changed';

/** The coordinator gives the claim's current step to someone else; it needs the version acted on (If-Match). */
export function useReassignClaim() {
  const changed = useClaimChanged();
  return useMutation({ ...reassignFeeClaimMutation(), onSuccess: changed });
}
