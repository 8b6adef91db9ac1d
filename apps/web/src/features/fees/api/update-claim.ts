import { updateFeeClaimMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useClaimChanged } from './claim-changed';

/** The expert's report: times, kilometres, tickets and expenses; it needs the version acted on (If-Match). */
export function useUpdateClaim() {
  const changed = useClaimChanged();
  return useMutation({ ...updateFeeClaimMutation(), onSuccess: changed });
}
