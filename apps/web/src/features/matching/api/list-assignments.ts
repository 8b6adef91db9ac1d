import type { ListAssignmentsData } from '@kokemus/api-client';
import { listAssignmentsOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';
import { commaLists } from '../../../shared/api/query-serializers';

export type AssignmentQuery = NonNullable<ListAssignmentsData['query']>;

/** An expert's own tasks, or (a coordinator) the assignments of one order. */
export const assignmentsQueryOptions = (query: AssignmentQuery) =>
  listAssignmentsOptions({ query: { limit: 100, ...query }, querySerializer: commaLists });

export function useAssignments(query: AssignmentQuery) {
  return useQuery(assignmentsQueryOptions(query));
}
