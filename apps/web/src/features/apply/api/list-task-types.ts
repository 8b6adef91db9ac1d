import { listTaskTypesOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** A catalogue for the form's choices; it changes rarely, so it is kept for the whole visit. */
export function useApplyTaskTypes() {
  return useQuery({
    ...listTaskTypesOptions(),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    select: (data) => data.items.filter((item) => item.active),
  });
}
