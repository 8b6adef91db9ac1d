import { listOrderCandidatesOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** The ranked candidates of an order (or of one of its times), with one person explained on request. */
export const candidatesQueryOptions = (orderId: string, occurrenceId?: string, explain?: string) => ({
  ...listOrderCandidatesOptions({
    path: { id: orderId },
    query: { limit: 20, ...(occurrenceId ? { occurrenceId } : {}), ...(explain ? { explain } : {}) },
  }),
  staleTime: 10_000,
});

export function useCandidates(orderId: string, occurrenceId?: string, explain?: string) {
  return useQuery(candidatesQueryOptions(orderId, occurrenceId, explain));
}
