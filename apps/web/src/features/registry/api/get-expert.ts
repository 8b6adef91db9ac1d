import { getExpertOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export const expertQueryOptions = (id: string) => getExpertOptions({ path: { id } });

export function useExpert(id: string) {
  return useQuery(expertQueryOptions(id));
}
