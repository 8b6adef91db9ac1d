import type { ScheduleDto } from '@kokemus/api-client';
import {
  createFeeScheduleMutation,
  getFeeScheduleOptions,
  listFeeSchedulesOptions,
  listIncomeTypesOptions,
  listMileageRatesOptions,
  listProductsOptions,
  listTaskTypesOptions,
  listTrainingTiersOptions,
  replaceFeeScheduleMutation,
  saveMileageRateMutation,
} from '@kokemus/api-client/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { feeAdminKeys } from './keys';

export function useFeeSchedules() {
  return useQuery({ ...listFeeSchedulesOptions(), select: (data) => data.items });
}

export function useFeeSchedule(id: string | undefined) {
  return useQuery({ ...getFeeScheduleOptions({ path: { id: id ?? '' } }), enabled: Boolean(id) });
}

/** After a schedule is saved: its cached copy is the server's answer, and the list reloads. */
function useScheduleSaved() {
  const queryClient = useQueryClient();
  return (schedule: ScheduleDto) => {
    queryClient.setQueryData(feeAdminKeys.schedule(schedule.id), schedule);
    return queryClient.invalidateQueries({ queryKey: feeAdminKeys.schedules() });
  };
}

export function useCreateSchedule() {
  const saved = useScheduleSaved();
  return useMutation({ ...createFeeScheduleMutation(), onSuccess: saved });
}

/** A new name, first day and rates in one PUT with If-Match. */
export function useReplaceSchedule() {
  const saved = useScheduleSaved();
  return useMutation({ ...replaceFeeScheduleMutation(), onSuccess: saved });
}

/** A stale If-Match (412): someone changed the schedule meanwhile, so read it again. */
export function useScheduleStale() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: feeAdminKeys.schedule(id) }),
      queryClient.invalidateQueries({ queryKey: feeAdminKeys.schedules() }),
    ]);
}

export function useMileageRates() {
  return useQuery({ ...listMileageRatesOptions(), select: (data) => data.items });
}

export function useSaveMileageRate() {
  const queryClient = useQueryClient();
  return useMutation({
    ...saveMileageRateMutation(),
    onSuccess: (rates) => queryClient.setQueryData(feeAdminKeys.mileageRates(), rates),
  });
}

/** Catalogues for the rate table's choices and labels; they change rarely, so they are kept for the visit. */
const catalogue = { staleTime: Number.POSITIVE_INFINITY } as const;

export function useIncomeTypes() {
  return useQuery({ ...listIncomeTypesOptions(), ...catalogue, select: (data) => data.items });
}

export function useTrainingTiers() {
  return useQuery({ ...listTrainingTiersOptions(), ...catalogue, select: (data) => data.items });
}

export function useTaskTypes() {
  return useQuery({ ...listTaskTypesOptions(), ...catalogue, select: (data) => data.items });
}

/** Products out of use too: an old rate may still name one. */
export function useProducts() {
  return useQuery({
    ...listProductsOptions({ query: { includeInactive: true } }),
    ...catalogue,
    select: (data) => data.items,
  });
}
