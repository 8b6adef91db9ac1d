import { listProductsOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** The whole catalogue, products out of use included (the admin's view); a dozen or so rows. */
export const allProductsQueryOptions = () => ({
  ...listProductsOptions({ query: { includeInactive: true } }),
  staleTime: 30_000,
});

export function useAllProducts() {
  return useQuery({ ...allProductsQueryOptions(), select: (data) => data.items });
}
