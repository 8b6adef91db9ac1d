import { removeOrderAttachmentMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useOrderStale } from './order-changed';

export function useRemoveAttachment(orderId: string) {
  const stale = useOrderStale();
  return useMutation({ ...removeOrderAttachmentMutation(), onSuccess: () => stale(orderId) });
}
