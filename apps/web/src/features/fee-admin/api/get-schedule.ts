import { getFeeScheduleOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export const feeScheduleQueryOptions = (id: string) => getFeeScheduleOptions({ path: { id } });

export function useFeeSchedule(id: string | undefined) {
  return useQuery({ ...feeScheduleQueryOptions(id ?? ''), enabled: Boolean(id) });
}
