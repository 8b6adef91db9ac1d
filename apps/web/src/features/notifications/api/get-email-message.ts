import { getEmailMessageOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export function useEmailMessage(id: string) {
  return useQuery(getEmailMessageOptions({ path: { id } }));
}
