import {
  getReportBackOptions,
  getReportBackQueryKey,
  listReportBacksOptions,
  listReportBacksQueryKey,
  myReportBacksOptions,
  myReportBacksQueryKey,
  noteReportBackMutation,
} from '@kokemus/api-client/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/**
 * "What my tasks gave": the expert's own report-backs, or (a coordinator) every one; one page at a time,
 * the newest first.
 */
export function useReportBacks(mine: boolean, cursor?: string) {
  const query = { query: { limit: 20, ...(cursor ? { cursor } : {}) } };
  return useQuery(mine ? myReportBacksOptions(query) : listReportBacksOptions(query));
}

export function useReportBack(id: string) {
  return useQuery({ ...getReportBackOptions({ path: { id } }), retry: false });
}

/** The coordinator's own words on a report-back: shown at once, the lists read again. */
export function useNoteReportBack(id: string) {
  const client = useQueryClient();
  return useMutation({
    ...noteReportBackMutation(),
    onSuccess: (saved) => {
      client.setQueryData(getReportBackQueryKey({ path: { id } }), saved);
      return Promise.all([
        client.invalidateQueries({ queryKey: listReportBacksQueryKey() }),
        client.invalidateQueries({ queryKey: myReportBacksQueryKey() }),
      ]);
    },
  });
}
