import { removeFeeClaimReceiptMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useReceiptsChanged } from './claim-changed';

export function useRemoveClaimReceipt(claimId: string) {
  const changed = useReceiptsChanged(claimId);
  return useMutation({ ...removeFeeClaimReceiptMutation(), onSuccess: changed });
}
