import { addFeeClaimReceiptMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { attachmentType } from '../../../shared/files/attachment-type';
import { useReceiptsChanged } from './claim-changed';

/** Adds a receipt (a photo or a PDF) to a claim. */
export function useAddClaimReceipt(claimId: string) {
  const changed = useReceiptsChanged(claimId);
  const mutation = useMutation({ ...addFeeClaimReceiptMutation(), onSuccess: changed });
  return {
    ...mutation,
    upload: (file: File) =>
      mutation.mutateAsync({
        path: { id: claimId },
        body: file,
        query: { fileName: file.name },
        headers: { 'Content-Type': attachmentType(file) },
      }),
  };
}
