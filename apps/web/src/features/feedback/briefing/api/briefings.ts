import {
  confirmTaskBriefingMutation,
  getTaskBriefingOptions,
  getTaskBriefingQueryKey,
  listTaskBriefingsOptions,
  listTaskBriefingsQueryKey,
  writeTaskBriefingMutation,
} from '@kokemus/api-client/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export const briefingKeys = {
  /** Every list of briefings, whatever its filters: invalidate this after a change. */
  lists: () => listTaskBriefingsQueryKey(),
  detail: (occurrenceId: string) => getTaskBriefingQueryKey({ path: { occurrenceId } }),
};

/**
 * The coming times' briefings: the expert's own, the unit's (of one order with `orderId`), a coordinator's.
 * One page of the API's largest size, so a long weekly series shows a link on every coming time.
 */
export function useTaskBriefings(query: { orderId?: string; limit?: number } = {}, enabled = true) {
  return useQuery({ ...listTaskBriefingsOptions({ query: { limit: 200, ...query } }), enabled });
}

export function useTaskBriefing(occurrenceId: string) {
  return useQuery({ ...getTaskBriefingOptions({ path: { occurrenceId } }), retry: false });
}

function useBriefingChanged() {
  const client = useQueryClient();
  return (occurrenceId: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: briefingKeys.lists() }),
      client.invalidateQueries({ queryKey: briefingKeys.detail(occurrenceId) }),
    ]);
}

export function useWriteTaskBriefing(occurrenceId: string) {
  const changed = useBriefingChanged();
  // after an error too: a stale version (412) shows the newest
  return useMutation({ ...writeTaskBriefingMutation(), onSettled: () => changed(occurrenceId) });
}

export function useConfirmTaskBriefing(occurrenceId: string) {
  const changed = useBriefingChanged();
  return useMutation({ ...confirmTaskBriefingMutation(), onSuccess: () => changed(occurrenceId) });
}
