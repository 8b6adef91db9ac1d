import { listApplicationsOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** Applicants whose application is at the training step: the ones who may be enrolled on a course. */
export function useTrainingApplications(enabled: boolean) {
  return useQuery({
    ...listApplicationsOptions({ query: { step: 'training', limit: 100 } }),
    enabled,
  });
}
