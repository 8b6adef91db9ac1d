import { closeMentorshipMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useMentorshipChanged } from './mentorship-changed';

/** Completes a mentorship (enough approved tasks: else MENTORSHIP_TASKS_SHORT) or ends it early. */
export function useCloseMentorship() {
  const changed = useMentorshipChanged();
  return useMutation({ ...closeMentorshipMutation(), onSuccess: changed });
}
