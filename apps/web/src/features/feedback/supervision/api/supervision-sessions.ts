import {
  cancelSupervisionSessionMutation,
  createSupervisionSessionMutation,
  getSupervisionSessionOptions,
  getSupervisionSessionQueryKey,
  listSupervisionSessionsOptions,
  listSupervisionSessionsQueryKey,
  markSupervisionAttendanceMutation,
} from '@kokemus/api-client/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export const supervisionKeys = {
  /** Every list of sessions, whatever its filters or page: invalidate this after a change. */
  lists: () => listSupervisionSessionsQueryKey(),
  detail: (id: string) => getSupervisionSessionQueryKey({ path: { id } }),
};

/** Sessions by start, the soonest first: a coordinator's every one, an expert's own; one page at a time. */
export function useSupervisionSessions(query: {
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}) {
  return useQuery(listSupervisionSessionsOptions({ query: { limit: 20, ...query } }));
}

export function useSupervisionSession(id: string) {
  return useQuery({ ...getSupervisionSessionOptions({ path: { id } }), retry: false });
}

/** Something changed (or someone else changed it): the lists and the session are read again. */
export function useSupervisionChanged() {
  const client = useQueryClient();
  return (id?: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: supervisionKeys.lists() }),
      ...(id ? [client.invalidateQueries({ queryKey: supervisionKeys.detail(id) })] : []),
    ]);
}

export function useCreateSupervisionSession() {
  const changed = useSupervisionChanged();
  return useMutation({ ...createSupervisionSessionMutation(), onSuccess: () => changed() });
}

export function useMarkSupervisionAttendance(id: string) {
  const changed = useSupervisionChanged();
  return useMutation({ ...markSupervisionAttendanceMutation(), onSuccess: () => changed(id) });
}

export function useCancelSupervisionSession(id: string) {
  const changed = useSupervisionChanged();
  return useMutation({ ...cancelSupervisionSessionMutation(), onSuccess: () => changed(id) });
}
