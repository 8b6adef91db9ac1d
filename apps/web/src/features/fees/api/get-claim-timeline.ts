import { getFeeClaimTimelineOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export const claimTimelineQueryOptions = (id: string) => getFeeClaimTimelineOptions({ path: { id } });

export function useClaimTimeline(id: string) {
  return useQuery(claimTimelineQueryOptions(id));
}
