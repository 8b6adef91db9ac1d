import { listExpertsOptions } from '@kokemus/api-client/react-query';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

const LIMIT = 10;

/**
 * People in the registry by name, asked only once something has been typed (each list of experts is
 * audited). Mentor candidates are the active experts with the mentor tier.
 */
export function useExpertSearch(q: string, kind: 'mentor' | 'trainee') {
  return useQuery({
    ...listExpertsOptions({
      query: kind === 'mentor' ? { q, limit: LIMIT, tier: 'mentor', status: 'active' } : { q, limit: LIMIT },
    }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
