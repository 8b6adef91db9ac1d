import type { UnitDto } from '@kokemus/api-client';
import { updateUnitMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unitKeys } from './keys';

/** After any change to a unit: its cached copy is the server's answer, and the lists reload. */
export function useUnitChanged() {
  const queryClient = useQueryClient();
  return (unit: UnitDto) => {
    queryClient.setQueryData(unitKeys.detail(unit.id), unit);
    return queryClient.invalidateQueries({ queryKey: unitKeys.lists() });
  };
}

/** A stale If-Match (412): someone changed the unit meanwhile, so read it again. */
export function useUnitStale() {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.invalidateQueries({ queryKey: unitKeys.detail(id) });
}

export function useUpdateUnit() {
  const changed = useUnitChanged();
  return useMutation({ ...updateUnitMutation(), onSuccess: changed });
}
