import { bulkConfirmFeeClaimsMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { feeAdminKeys } from './keys';

/** Confirming many claims at once: each succeeds or fails on its own, and every list reloads. */
export function useBulkConfirmClaims() {
  const queryClient = useQueryClient();
  return useMutation({
    ...bulkConfirmFeeClaimsMutation(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feeAdminKeys.claims() }),
  });
}
