import { addExpertAbsenceMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useExpertStale } from './update-expert';

export function useAddExpertAbsence() {
  const stale = useExpertStale();
  return useMutation({
    ...addExpertAbsenceMutation(),
    onSuccess: (_data, variables) => stale(variables.path.id),
  });
}
