import type { MentorshipDto } from '@kokemus/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { mentorshipKeys } from './keys';

/** After any change: the cached mentorship is the server's answer, and the lists' progress reloads. */
export function useMentorshipChanged() {
  const queryClient = useQueryClient();
  return (mentorship: MentorshipDto) => {
    queryClient.setQueryData(mentorshipKeys.detail(mentorship.id), mentorship);
    return queryClient.invalidateQueries({ queryKey: mentorshipKeys.lists() });
  };
}
