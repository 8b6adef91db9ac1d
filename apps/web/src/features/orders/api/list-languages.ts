import { listLanguagesOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** A catalogue for choices and labels; it changes rarely, so it is kept for the whole visit. */
export function useOrderLanguages() {
  return useQuery({
    ...listLanguagesOptions(),
    staleTime: Number.POSITIVE_INFINITY,
    select: (data) => data.items,
  });
}
