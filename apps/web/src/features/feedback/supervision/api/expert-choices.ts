import { listAssignmentsOptions, listExpertsOptions } from '@kokemus/api-client/react-query';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { commaLists } from '../../../../shared/api/query-serializers';

/**
 * People in the registry by name, asked only once something has been typed (each list of experts is
 * audited, as it carries experience areas). Only active experts can be invited.
 */
export function useExpertSearch(q: string) {
  return useQuery({
    ...listExpertsOptions({ query: { q, limit: 10, status: 'active' } }),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}

/** The chosen experts' tasks between two days, to say which task the session goes with. */
export function useExpertsTasks(expertIds: readonly string[], from: string, to: string) {
  return useQueries({
    queries: expertIds.map((expertId) =>
      listAssignmentsOptions({
        query: { limit: 50, expertId, from, to, status: ['accepted', 'confirmed', 'completed'] },
        querySerializer: commaLists,
      }),
    ),
  });
}
