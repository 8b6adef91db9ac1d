import { listMileageRatesOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export const mileageRatesQueryOptions = () => listMileageRatesOptions();

export function useMileageRates() {
  return useQuery({ ...mileageRatesQueryOptions(), select: (data) => data.items });
}
