import {
  listRecordChecksOptions,
  listRecordChecksQueryKey,
  recordRecordCheckMutation,
} from '@kokemus/api-client/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** The criminal-record extracts seen for a person (each read is audited: load it only when shown). */
export function useRecordChecks(expertId: string) {
  return useQuery(listRecordChecksOptions({ path: { id: expertId } }));
}

export function useRecordRecordCheck() {
  const client = useQueryClient();
  return useMutation({
    ...recordRecordCheckMutation(),
    onSuccess: (data, variables) =>
      client.setQueryData(listRecordChecksQueryKey({ path: { id: variables.path.id } }), data),
  });
}
