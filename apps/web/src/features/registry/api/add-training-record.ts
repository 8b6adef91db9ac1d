import { addTrainingRecordMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useExpertStale } from './update-expert';

export function useAddTrainingRecord() {
  const stale = useExpertStale();
  return useMutation({
    ...addTrainingRecordMutation(),
    onSuccess: (_data, variables) => stale(variables.path.id),
  });
}
