import type { ClaimDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { AttachmentList } from '../../../shared/ui/attachment-list';
import { useReceipts } from '../api/fee-claims';

/** Receipts for tickets and other expenses: the expert adds a photo or a PDF; readers download them. */
export function ClaimReceipts({ claim, canChange }: { claim: ClaimDto; canChange: boolean }) {
  const { t } = useTranslation();
  const receipts = useReceipts(claim.id);
  return (
    <AttachmentList
      id="claim-receipt"
      items={claim.receipts}
      canChange={canChange}
      accept=".pdf,.png,.jpg,.jpeg,image/*"
      pending={receipts.pending}
      texts={{
        none: t('fees.receipts.none'),
        download: t('fees.receipts.download'),
        downloadNamed: (name) => t('fees.receipts.downloadNamed', { name }),
        remove: t('fees.receipts.remove'),
        removeNamed: (name) => t('fees.receipts.removeNamed', { name }),
        add: t('fees.receipts.add'),
        hint: t('fees.receipts.hint'),
        added: (name) => t('fees.receipts.added', { name }),
        removed: (name) => t('fees.receipts.removed', { name }),
      }}
      onDownload={(r) => receipts.download(r.id, r.fileName)}
      onRemove={(r) => receipts.remove(r.id)}
      onUpload={(file) => receipts.upload(file)}
    />
  );
}
