import { getOrderOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export const orderQueryOptions = (id: string) => getOrderOptions({ path: { id } });

export function useOrder(id: string) {
  return useQuery(orderQueryOptions(id));
}
