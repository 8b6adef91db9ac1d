import { createOrderMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useOrderChanged } from './order-changed';

export function useCreateOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...createOrderMutation(), onSuccess: changed });
}
