import type { ListExpertsData } from '@kokemus/api-client';
import {
  getExpertQueryKey,
  getImportQueryKey,
  getOwnExpertProfileQueryKey,
  listExpertsQueryKey,
} from '@kokemus/api-client/react-query';

/** The registry feature's query keys, all built from the generated ones so they match generated options. */
export const registryKeys = {
  /** Every list query, whatever its filters: invalidate this after a change. */
  lists: () => listExpertsQueryKey(),
  list: (query: ListExpertsData['query']) => listExpertsQueryKey({ query }),
  detail: (id: string) => getExpertQueryKey({ path: { id } }),
  own: () => getOwnExpertProfileQueryKey(),
  import: (id: string) => getImportQueryKey({ path: { id } }),
};
