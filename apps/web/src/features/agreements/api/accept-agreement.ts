import { acceptAgreementMutation, getMeQueryKey } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementKeys } from './keys';

/**
 * Accepting the version the person read. The last required acceptance can make a new expert active, so
 * the signed-in person is read again too; a newer version published meanwhile (409) reloads the list.
 */
export function useAcceptAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    ...acceptAgreementMutation(),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: agreementKeys.mine() }),
        queryClient.invalidateQueries({ queryKey: getMeQueryKey() }),
      ]),
  });
}
