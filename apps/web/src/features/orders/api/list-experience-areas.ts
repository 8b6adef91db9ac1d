import { listExperienceAreasOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** A catalogue for choices and labels; it changes rarely, so it is kept for the whole visit. */
export function useOrderAreas() {
  return useQuery({
    ...listExperienceAreasOptions(),
    staleTime: Number.POSITIVE_INFINITY,
    select: (data) => data.items,
  });
}
