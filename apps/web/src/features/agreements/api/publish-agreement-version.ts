import { publishAgreementVersionMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementKeys } from './keys';

/** A new version: the document's page shows it at once; counts and who is behind are read again. */
export function usePublishAgreementVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    ...publishAgreementVersionMutation(),
    onSuccess: (agreement) => {
      queryClient.setQueryData(agreementKeys.detail(agreement.id), agreement);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: agreementKeys.list() }),
        queryClient.invalidateQueries({ queryKey: agreementKeys.outstanding(agreement.id) }),
      ]);
    },
  });
}
