import { createUnitMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unitKeys } from './keys';

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createUnitMutation(),
    onSuccess: (unit) => {
      queryClient.setQueryData(unitKeys.detail(unit.id), unit);
      return queryClient.invalidateQueries({ queryKey: unitKeys.lists() });
    },
  });
}
