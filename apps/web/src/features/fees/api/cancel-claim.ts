import { cancelFeeClaimMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useClaimChanged } from './claim-changed';

/** The claim is cancelled, with a reason; it needs the version acted on (If-Match). */
export function useCancelClaim() {
  const changed = useClaimChanged();
  return useMutation({ ...cancelFeeClaimMutation(), onSuccess: changed });
}
