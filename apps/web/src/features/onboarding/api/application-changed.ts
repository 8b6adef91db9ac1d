import type { ApplicationDto } from '@kokemus/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { onboardingKeys } from './keys';

/** After a move or a note: the cached application is the server's answer; the board and the lists reload. */
export function useApplicationChanged() {
  const queryClient = useQueryClient();
  return (application: ApplicationDto) => {
    queryClient.setQueryData(onboardingKeys.detail(application.id), application);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: onboardingKeys.board() }),
      queryClient.invalidateQueries({ queryKey: onboardingKeys.lists() }),
    ]);
  };
}

/** After a conflict (someone else moved it, 412/409): the application is read again. */
export function useApplicationStale() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: onboardingKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: onboardingKeys.board() }),
      queryClient.invalidateQueries({ queryKey: onboardingKeys.lists() }),
    ]);
}
