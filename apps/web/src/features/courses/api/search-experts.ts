import { listExpertsOptions } from '@kokemus/api-client/react-query';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

const LIMIT = 10;

/**
 * People in the registry by name, to enrol one: asked only once something has been typed (each list of
 * experts is audited, as it carries experience areas).
 */
export function useExpertSearch(q: string) {
  return useQuery({
    ...listExpertsOptions({ query: { q, limit: LIMIT } }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
