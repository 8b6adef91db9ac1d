import { getInterviewInvitationOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** The interview time and place offered, by the token in the interview letter. */
export function useInterviewInvitation(token: string) {
  return useQuery({
    ...getInterviewInvitationOptions({ query: { token } }),
    enabled: token !== '',
    retry: false,
  });
}
