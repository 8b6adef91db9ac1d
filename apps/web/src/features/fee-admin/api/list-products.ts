import { listProductsOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** Products out of use too, as an old rate may still name one; kept for the visit like the other catalogues. */
export function useProducts() {
  return useQuery({
    ...listProductsOptions({ query: { includeInactive: true } }),
    staleTime: Number.POSITIVE_INFINITY,
    select: (data) => data.items,
  });
}
