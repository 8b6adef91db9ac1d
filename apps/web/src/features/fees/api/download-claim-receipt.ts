import { getFeeClaimReceipt } from '@kokemus/api-client';
import { saveBlob } from '../../../shared/files/save-blob';

/** Downloads a receipt and hands it to the browser. */
export async function downloadClaimReceipt(claimId: string, receiptId: string, fileName: string) {
  const { data, response } = await getFeeClaimReceipt({
    path: { id: claimId, receiptId },
    parseAs: 'blob',
    throwOnError: true,
  });
  saveBlob(data as Blob, response, fileName);
}
