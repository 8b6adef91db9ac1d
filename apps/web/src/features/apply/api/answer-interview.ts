import { answerInterviewMutation, getInterviewInvitationQueryKey } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** The applicant's answer to the interview time; the page then shows the answer given (or the new time). */
export function useAnswerInterview(token: string) {
  const queryClient = useQueryClient();
  const key = getInterviewInvitationQueryKey({ query: { token } });
  return useMutation({
    ...answerInterviewMutation(),
    onSuccess: (data) => queryClient.setQueryData(key, data),
    // The time was changed meanwhile: show the new one.
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
