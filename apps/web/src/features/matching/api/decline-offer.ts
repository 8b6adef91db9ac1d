import { declineOfferMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useStaffingChanged } from './staffing-changed';

export function useDeclineOffer() {
  const changed = useStaffingChanged();
  return useMutation({ ...declineOfferMutation(), onSuccess: (offer) => changed(offer.orderId) });
}
