import { logoutUser } from '@kokemus/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { session } from '../../../shared/api/session';

/** Ends the session on the server (the refresh cookie) and here (token and cached data), even offline. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await logoutUser().catch(() => undefined);
    },
    onSettled: () => {
      session.end();
      queryClient.clear();
    },
  });
}
