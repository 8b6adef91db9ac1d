import type { ListUnitsData } from '@kokemus/api-client';
import { getUnitQueryKey, listUnitsQueryKey } from '@kokemus/api-client/react-query';

/** The units feature's query keys, all built from the generated ones so they match generated options. */
export const unitKeys = {
  /** Every list query, whatever its filters: invalidate this after a change. */
  lists: () => listUnitsQueryKey(),
  list: (query: ListUnitsData['query']) => listUnitsQueryKey({ query }),
  detail: (id: string) => getUnitQueryKey({ path: { id } }),
};
