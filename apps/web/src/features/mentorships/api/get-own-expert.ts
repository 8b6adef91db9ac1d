import { getOwnExpertProfileOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** The signed-in expert's registry record: its id tells whether they are the mentor or the trainee. */
export function useOwnExpert(enabled = true) {
  return useQuery({ ...getOwnExpertProfileOptions(), retry: false, enabled, staleTime: 5 * 60_000 });
}
