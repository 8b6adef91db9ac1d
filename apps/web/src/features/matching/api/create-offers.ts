import { createOrderOffersMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useStaffingChanged } from './staffing-changed';

export function useCreateOffers() {
  const changed = useStaffingChanged();
  return useMutation({
    ...createOrderOffersMutation(),
    onSuccess: (_data, variables) => changed(variables.path.id),
  });
}
