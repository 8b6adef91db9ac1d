import {
  getFeeScheduleQueryKey,
  listExportBatchesQueryKey,
  listFeeClaimsQueryKey,
  listFeeSchedulesQueryKey,
  listMileageRatesQueryKey,
} from '@kokemus/api-client/react-query';

/** The fee admin screens' query keys, built from the generated ones so they match generated options. */
export const feeAdminKeys = {
  /** Every claim list, whatever its view or filters: invalidate this after a bulk step. */
  claims: () => listFeeClaimsQueryKey(),
  batches: () => listExportBatchesQueryKey(),
  schedules: () => listFeeSchedulesQueryKey(),
  schedule: (id: string) => getFeeScheduleQueryKey({ path: { id } }),
  mileageRates: () => listMileageRatesQueryKey(),
};
