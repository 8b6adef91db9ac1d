import { confirmFeeClaimMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useClaimChanged } from './claim-changed';

/** The orderer confirms the task took place as reported; it needs the version acted on (If-Match). */
export function useConfirmClaim() {
  const changed = useClaimChanged();
  return useMutation({ ...confirmFeeClaimMutation(), onSuccess: changed });
}
