import { listIncomeTypesOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** A catalogue for the rate table's choices and labels; it changes rarely, so it is kept for the visit. */
export function useIncomeTypes() {
  return useQuery({
    ...listIncomeTypesOptions(),
    staleTime: Number.POSITIVE_INFINITY,
    select: (data) => data.items,
  });
}
