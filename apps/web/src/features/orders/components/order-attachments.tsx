import type { OrderDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { AttachmentList } from '../../../shared/ui/attachment-list';
import { useAddAttachment } from '../api/add-order-attachment';
import { useDownloadAttachment } from '../api/download-order-attachment';
import { useRemoveAttachment } from '../api/remove-order-attachment';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.pptx,.xlsx,.odt';

/** The order's files: download, add (PDF, image, Office, OpenDocument; at most 10 MB) and remove. */
export function OrderAttachments({ order, canChange }: { order: OrderDto; canChange: boolean }) {
  const { t } = useTranslation();
  const add = useAddAttachment(order.id);
  const remove = useRemoveAttachment(order.id);
  const download = useDownloadAttachment();
  return (
    <AttachmentList
      id="order-attachment"
      items={order.attachments}
      canChange={canChange}
      accept={ACCEPT}
      pending={add.isPending || remove.isPending}
      texts={{
        none: t('orders.attachments.none'),
        download: t('orders.attachments.download'),
        downloadNamed: (name) => t('orders.attachments.downloadNamed', { name }),
        remove: t('orders.attachments.remove'),
        removeNamed: (name) => t('orders.attachments.removeNamed', { name }),
        add: t('orders.attachments.add'),
        hint: t('orders.attachments.hint'),
        added: (name) => t('orders.attachments.added', { name }),
        removed: (name) => t('orders.attachments.removed', { name }),
      }}
      onDownload={(a) =>
        download.mutateAsync({ orderId: order.id, attachmentId: a.id, fileName: a.fileName })
      }
      onRemove={(a) => remove.mutateAsync({ path: { id: order.id, attachmentId: a.id } })}
      onUpload={(file) => add.upload(file)}
    />
  );
}
