import { listMyAgreementsOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** The signed-in expert's documents: the newest version of each, what they accepted and what is due. */
export const myAgreementsQueryOptions = () => listMyAgreementsOptions();

export function useMyAgreements({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...myAgreementsQueryOptions(), enabled });
}
