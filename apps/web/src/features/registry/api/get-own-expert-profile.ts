import { getOwnExpertProfileOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

export function useOwnExpertProfile() {
  return useQuery({ ...getOwnExpertProfileOptions(), retry: false });
}
