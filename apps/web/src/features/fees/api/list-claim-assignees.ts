import { listFeeClaimAssigneesOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** Who could take the claim's current step (the coordinator gives it to one of them). */
export const claimAssigneesQueryOptions = (id: string) => listFeeClaimAssigneesOptions({ path: { id } });

export function useClaimAssignees(id: string, enabled: boolean) {
  return useQuery({ ...claimAssigneesQueryOptions(id), enabled });
}
