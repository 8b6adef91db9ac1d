import type { ClaimDto } from '@kokemus/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { toApiProblem } from '../../../shared/api/api-problem';
import { feeKeys } from './keys';

/** After a change: the cached claim is the server's answer; lists, totals and the timeline reload. */
export function useClaimChanged() {
  const queryClient = useQueryClient();
  return (claim: ClaimDto) => {
    queryClient.setQueryData(feeKeys.detail(claim.id), claim);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: feeKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: feeKeys.totals() }),
      queryClient.invalidateQueries({ queryKey: feeKeys.timeline(claim.id) }),
    ]);
  };
}

/** After a receipt is added or removed: the claim and its timeline reload. */
export function useReceiptsChanged(claimId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: feeKeys.detail(claimId) }),
      queryClient.invalidateQueries({ queryKey: feeKeys.timeline(claimId) }),
    ]);
}

/** A 412 means someone else changed the claim meanwhile: reload it, and let the caller say why. */
export function useReloadOnStale(id: string) {
  const queryClient = useQueryClient();
  return (error: unknown): never => {
    if (toApiProblem(error).status === 412) {
      void queryClient.invalidateQueries({ queryKey: feeKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: feeKeys.timeline(id) });
      void queryClient.invalidateQueries({ queryKey: feeKeys.lists() });
    }
    throw error;
  };
}
