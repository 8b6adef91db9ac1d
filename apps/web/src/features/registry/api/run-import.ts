import { runImportMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registryKeys } from './keys';

export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    ...runImportMutation(),
    onSuccess: (result) => {
      queryClient.setQueryData(registryKeys.import(result.id), result);
      return queryClient.invalidateQueries({ queryKey: registryKeys.lists() });
    },
  });
}
