import { removeExpertAbsenceMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useExpertStale } from './update-expert';

export function useRemoveExpertAbsence() {
  const stale = useExpertStale();
  return useMutation({
    ...removeExpertAbsenceMutation(),
    onSuccess: (_data, variables) => stale(variables.path.id),
  });
}
