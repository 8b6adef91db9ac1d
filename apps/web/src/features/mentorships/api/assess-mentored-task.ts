import { assessMentoredTaskMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useMentorshipChanged } from './mentorship-changed';

/** The mentor's (or a coordinator's) assessment of one task done together: recorded once. */
export function useAssessMentoredTask() {
  const changed = useMentorshipChanged();
  return useMutation({ ...assessMentoredTaskMutation(), onSuccess: changed });
}
