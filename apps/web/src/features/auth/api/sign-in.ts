import { loginUserMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { session } from '../../../shared/api/session';

export function useSignIn() {
  return useMutation({
    ...loginUserMutation(),
    onSuccess: (token) => session.start(token),
  });
}
