import { releaseExportBatchMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { feeAdminKeys } from './keys';

/** Releasing a batch payroll never acknowledged; the list reloads whatever the answer. */
export function useReleaseBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    ...releaseExportBatchMutation(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feeAdminKeys.batches() }),
  });
}
