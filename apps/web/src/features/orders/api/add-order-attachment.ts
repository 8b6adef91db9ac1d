import { addOrderAttachmentMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { attachmentType } from '../../../shared/files/attachment-type';
import { useOrderStale } from './order-changed';

export function useAddAttachment(orderId: string) {
  const stale = useOrderStale();
  const mutation = useMutation({ ...addOrderAttachmentMutation(), onSuccess: () => stale(orderId) });
  return {
    ...mutation,
    upload: (file: File) =>
      mutation.mutateAsync({
        path: { id: orderId },
        body: file,
        query: { fileName: file.name },
        headers: { 'Content-Type': attachmentType(file) },
      }),
  };
}
