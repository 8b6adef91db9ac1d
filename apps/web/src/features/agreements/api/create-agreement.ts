import { createAgreementMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { agreementKeys } from './keys';

export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createAgreementMutation(),
    onSuccess: (agreement) => {
      queryClient.setQueryData(agreementKeys.detail(agreement.id), agreement);
      return queryClient.invalidateQueries({ queryKey: agreementKeys.list() });
    },
  });
}
