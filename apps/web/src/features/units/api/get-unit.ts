import { getUnitOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export const unitQueryOptions = (id: string) => getUnitOptions({ path: { id } });

export function useUnit(id: string) {
  return useQuery(unitQueryOptions(id));
}
