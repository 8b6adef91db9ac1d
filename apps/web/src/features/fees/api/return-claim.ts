import { returnFeeClaimMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useClaimChanged } from './claim-changed';

/** The claim goes back to the expert, with a reason; it needs the version acted on (If-Match). */
export function useReturnClaim() {
  const changed = useClaimChanged();
  return useMutation({ ...returnFeeClaimMutation(), onSuccess: changed });
}
