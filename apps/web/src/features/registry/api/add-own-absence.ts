import { addOwnAbsenceMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registryKeys } from './keys';

export function useAddOwnAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    ...addOwnAbsenceMutation(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registryKeys.own() }),
  });
}
