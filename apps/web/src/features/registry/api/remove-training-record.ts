import { removeTrainingRecordMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useExpertStale } from './update-expert';

export function useRemoveTrainingRecord() {
  const stale = useExpertStale();
  return useMutation({
    ...removeTrainingRecordMutation(),
    onSuccess: (_data, variables) => stale(variables.path.id),
  });
}
