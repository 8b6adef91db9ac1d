import { suggestAssignmentsMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';

export function useSuggestions() {
  return useMutation({ ...suggestAssignmentsMutation() });
}
