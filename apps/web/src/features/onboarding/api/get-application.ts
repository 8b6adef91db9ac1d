import { getApplicationOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** One application with its timeline (each read of its experience areas is audited by the API). */
export function useApplication(id: string) {
  return useQuery(getApplicationOptions({ path: { id } }));
}
