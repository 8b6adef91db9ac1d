import { submitOrderMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useOrderChanged } from './order-changed';

export function useSubmitOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...submitOrderMutation(), onSuccess: changed });
}
