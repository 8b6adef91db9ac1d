import type { ExpertDto } from '@kokemus/api-client';
import { updateExpertMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registryKeys } from './keys';

/** After any change to a person: their cached copy is the server's answer, and the lists reload. */
export function useExpertChanged() {
  const queryClient = useQueryClient();
  return (expert: ExpertDto) => {
    queryClient.setQueryData(registryKeys.detail(expert.id), expert);
    return queryClient.invalidateQueries({ queryKey: registryKeys.lists() });
  };
}

/** After a change answered without the person (a record added or removed), or a stale If-Match (412). */
export function useExpertStale() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: registryKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: registryKeys.lists() }),
    ]);
}

export function useUpdateExpert() {
  const changed = useExpertChanged();
  return useMutation({ ...updateExpertMutation(), onSuccess: changed });
}
