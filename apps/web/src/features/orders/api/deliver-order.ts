import { deliverOrderMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useOrderChanged } from './order-changed';

export function useDeliverOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...deliverOrderMutation(), onSuccess: changed });
}
