import { listAssignmentsOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';
import { commaLists } from '../../../shared/api/query-serializers';

/** The expert's own tasks of the last weeks, to say which one the talk is about. */
export function useMyRecentTasks(from: string) {
  return useQuery(
    listAssignmentsOptions({
      query: { limit: 20, from, status: ['accepted', 'confirmed', 'completed'] },
      querySerializer: commaLists,
    }),
  );
}
