import type { UnitDto } from '@kokemus/api-client';
import { listUnits } from '@kokemus/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { unitKeys } from './keys';

const PAGE_SIZE = 200;

/**
 * Every unit the person may see, all pages: the tree is built here from `parentId` (a county has tens to
 * a few hundred units), and filters apply to it without another request.
 */
export const allUnitsQueryOptions = () =>
  queryOptions({
    queryKey: unitKeys.list({ limit: PAGE_SIZE }),
    queryFn: async ({ signal }): Promise<UnitDto[]> => {
      const units: UnitDto[] = [];
      let cursor: string | undefined;
      do {
        const { data } = await listUnits({ query: { limit: PAGE_SIZE, cursor }, signal, throwOnError: true });
        units.push(...data.items);
        cursor = data.nextCursor ?? undefined;
      } while (cursor);
      return units;
    },
    staleTime: 30_000,
  });

export function useAllUnits() {
  return useQuery(allUnitsQueryOptions());
}
