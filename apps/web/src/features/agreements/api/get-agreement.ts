import { getAgreementOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export const agreementQueryOptions = (id: string) => getAgreementOptions({ path: { id } });

export function useAgreement(id: string) {
  return useQuery(agreementQueryOptions(id));
}
