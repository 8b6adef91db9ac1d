import { getProductOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export const productQueryOptions = (code: string) => getProductOptions({ path: { code } });

export function useProduct(code: string) {
  return useQuery(productQueryOptions(code));
}
