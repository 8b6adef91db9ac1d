import { getMyFeeTotalsOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** This month's and this year's money before tax, and the expert's own ceiling. */
export const myTotalsQueryOptions = () => getMyFeeTotalsOptions();

export function useMyTotals() {
  return useQuery(myTotalsQueryOptions());
}
