import { getMeQueryKey, updateMeMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** Saves the person's own preferences (the language) and refreshes the cached person. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateMeMutation(),
    onSuccess: (me) => queryClient.setQueryData(getMeQueryKey(), me),
  });
}
