import { closeOrderMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useOrderChanged } from './order-changed';

export function useCloseOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...closeOrderMutation(), onSuccess: changed });
}
