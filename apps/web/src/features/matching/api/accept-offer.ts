import { acceptOfferMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useStaffingChanged } from './staffing-changed';

export function useAcceptOffer() {
  const changed = useStaffingChanged();
  return useMutation({ ...acceptOfferMutation(), onSuccess: (offer) => changed(offer.orderId) });
}
