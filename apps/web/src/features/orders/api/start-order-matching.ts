import { startOrderMatchingMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useOrderChanged } from './order-changed';

export function useStartMatching() {
  const changed = useOrderChanged();
  return useMutation({ ...startOrderMatchingMutation(), onSuccess: changed });
}
