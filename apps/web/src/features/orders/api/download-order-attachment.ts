import { getOrderAttachment } from '@kokemus/api-client';
import { useMutation } from '@tanstack/react-query';
import { saveBlob } from '../../../shared/files/save-blob';

/** Downloads an attachment and hands it to the browser. */
export function useDownloadAttachment() {
  return useMutation({
    mutationFn: async ({
      orderId,
      attachmentId,
      fileName,
    }: {
      orderId: string;
      attachmentId: string;
      fileName: string;
    }) => {
      const { data, response } = await getOrderAttachment({
        path: { id: orderId, attachmentId },
        parseAs: 'blob',
        throwOnError: true,
      });
      saveBlob(data as Blob, response, fileName);
    },
  });
}
