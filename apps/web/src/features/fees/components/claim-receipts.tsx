import type { ClaimDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { AttachmentList } from '../../../shared/ui/attachment-list';
import { useAddClaimReceipt } from '../api/add-claim-receipt';
import { downloadClaimReceipt } from '../api/download-claim-receipt';
import { useRemoveClaimReceipt } from '../api/remove-claim-receipt';

/** Receipts for tickets and other expenses: the expert adds a photo or a PDF; readers download them. */
export function ClaimReceipts({ claim, canChange }: { claim: ClaimDto; canChange: boolean }) {
  const { t } = useTranslation();
  const add = useAddClaimReceipt(claim.id);
  const remove = useRemoveClaimReceipt(claim.id);
  return (
    <AttachmentList
      id="claim-receipt"
      items={claim.receipts}
      canChange={canChange}
      accept=".pdf,.png,.jpg,.jpeg,image/*"
      pending={add.isPending || remove.isPending}
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
      onDownload={(r) => downloadClaimReceipt(claim.id, r.id, r.fileName)}
      onRemove={(r) => remove.mutateAsync({ path: { id: claim.id, receiptId: r.id } })}
      onUpload={(file) => add.upload(file)}
    />
  );
}
