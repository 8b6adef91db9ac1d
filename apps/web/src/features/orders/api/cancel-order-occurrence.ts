import { cancelOrderOccurrenceMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useOrderChanged } from './order-changed';

export function useCancelOccurrence() {
  const changed = useOrderChanged();
  return useMutation({ ...cancelOrderOccurrenceMutation(), onSuccess: changed });
}
