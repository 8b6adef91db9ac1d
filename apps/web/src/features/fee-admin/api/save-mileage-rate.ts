import { saveMileageRateMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { feeAdminKeys } from './keys';

export function useSaveMileageRate() {
  const queryClient = useQueryClient();
  return useMutation({
    ...saveMileageRateMutation(),
    onSuccess: (rates) => queryClient.setQueryData(feeAdminKeys.mileageRates(), rates),
  });
}
