import { updateOrderMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useOrderChanged } from './order-changed';

export function useUpdateOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...updateOrderMutation(), onSuccess: changed });
}
