import { listFeeSchedulesOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export const feeSchedulesQueryOptions = () => listFeeSchedulesOptions();

export function useFeeSchedules() {
  return useQuery({ ...feeSchedulesQueryOptions(), select: (data) => data.items });
}
