import { getFeeClaimOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export const claimQueryOptions = (id: string) => getFeeClaimOptions({ path: { id } });

export function useClaim(id: string, enabled = true) {
  return useQuery({ ...claimQueryOptions(id), enabled });
}
