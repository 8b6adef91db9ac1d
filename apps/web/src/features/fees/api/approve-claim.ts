import { approveFeeClaimMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useClaimChanged } from './claim-changed';

/** The approver approves the claim for payroll; it needs the version acted on (If-Match). */
export function useApproveClaim() {
  const changed = useClaimChanged();
  return useMutation({ ...approveFeeClaimMutation(), onSuccess: changed });
}
