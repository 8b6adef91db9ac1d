import { removeOwnAbsenceMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registryKeys } from './keys';

export function useRemoveOwnAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    ...removeOwnAbsenceMutation(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registryKeys.own() }),
  });
}
