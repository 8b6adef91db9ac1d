import { createMentorshipMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useMentorshipChanged } from './mentorship-changed';

/** Pairs a trainee with a mentor; the API checks the tier and that the trainee has no active one. */
export function useCreateMentorship() {
  const changed = useMentorshipChanged();
  return useMutation({ ...createMentorshipMutation(), onSuccess: changed });
}
