import { cancelOrderMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useOrderChanged } from './order-changed';

export function useCancelOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...cancelOrderMutation(), onSuccess: changed });
}
