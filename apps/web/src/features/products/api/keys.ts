import type { ListProductsData } from '@kokemus/api-client';
import { getProductQueryKey, listProductsQueryKey } from '@kokemus/api-client/react-query';

/** The catalogue's query keys, all built from the generated ones so they match generated options. */
export const productKeys = {
  /** Every list query, whatever its filters (the order form's too): invalidate this after a change. */
  lists: () => listProductsQueryKey(),
  list: (query: ListProductsData['query']) => listProductsQueryKey({ query }),
  detail: (code: string) => getProductQueryKey({ path: { code } }),
};
