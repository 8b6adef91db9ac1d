import { bulkApproveFeeClaimsMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { feeAdminKeys } from './keys';

/** Approving many claims at once: each succeeds or fails on its own, and every list reloads. */
export function useBulkApproveClaims() {
  const queryClient = useQueryClient();
  return useMutation({
    ...bulkApproveFeeClaimsMutation(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feeAdminKeys.claims() }),
  });
}
