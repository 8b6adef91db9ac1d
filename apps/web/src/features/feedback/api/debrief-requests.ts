import type { DebriefStatus } from '@kokemus/api-client';
import {
  createDebriefRequestMutation,
  getDebriefRequestOptions,
  listDebriefRequestsOptions,
  listDebriefRequestsQueryKey,
  moveDebriefRequestMutation,
} from '@kokemus/api-client/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { feedbackKeys } from './keys';

/** The coordinators' inbox (the open first) or, for an expert, their own requests; one page at a time. */
export function useDebriefRequests(query: { status?: DebriefStatus; cursor?: string; limit?: number } = {}) {
  return useQuery(listDebriefRequestsOptions({ query: { limit: 20, ...query } }));
}

export function useDebriefRequest(id: string) {
  return useQuery({ ...getDebriefRequestOptions({ path: { id } }), retry: false });
}

/** Something changed: the lists and the request are read again. */
function useDebriefChanged() {
  const client = useQueryClient();
  return (id?: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: listDebriefRequestsQueryKey() }),
      ...(id ? [client.invalidateQueries({ queryKey: feedbackKeys.debrief(id) })] : []),
    ]);
}

export function useCreateDebriefRequest() {
  const changed = useDebriefChanged();
  return useMutation({ ...createDebriefRequestMutation(), onSuccess: () => changed() });
}

export function useMoveDebriefRequest(id: string) {
  const changed = useDebriefChanged();
  return useMutation({ ...moveDebriefRequestMutation(), onSuccess: () => changed(id) });
}
