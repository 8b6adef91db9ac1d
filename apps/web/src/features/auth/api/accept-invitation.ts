import { acceptInvitationMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { session } from '../../../shared/api/session';

/** Sets the password with the invitation link; the answer is a sign-in's, so the session starts the same way. */
export function useAcceptInvitation() {
  return useMutation({
    ...acceptInvitationMutation(),
    onSuccess: (token) => session.start(token),
  });
}
