import type { ClaimDto } from '@kokemus/api-client';
import { getFeeClaimReceipt, listFeeClaims } from '@kokemus/api-client';
import {
  approveFeeClaimMutation,
  cancelFeeClaimMutation,
  confirmFeeClaimMutation,
  getFeeClaimOptions,
  getFeeClaimQueryKey,
  getFeeClaimTimelineOptions,
  getFeeClaimTimelineQueryKey,
  getMyFeeTotalsOptions,
  getMyFeeTotalsQueryKey,
  listFeeClaimAssigneesOptions,
  listFeeClaimsQueryKey,
  reapproveFeeClaimMutation,
  reassignFeeClaimMutation,
  addFeeClaimReceiptMutation,
  removeFeeClaimReceiptMutation,
  returnFeeClaimMutation,
  submitFeeClaimMutation,
  updateFeeClaimMutation,
} from '@kokemus/api-client/react-query';
import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { toApiProblem } from '../../../shared/api/api-problem';
import { saveBlob } from '../../../shared/files/save-blob';
import { attachmentType } from '../../orders/api/change-order';

/** The fee feature's query keys, built from the generated ones so they match the generated options. */
export const feeKeys = {
  /** Every claim list, whatever its view (the inbox's too): invalidate this after a change. */
  lists: () => listFeeClaimsQueryKey(),
  mine: () => [...listFeeClaimsQueryKey({ query: { view: 'mine' } }), 'pages'] as const,
  totals: () => getMyFeeTotalsQueryKey(),
  detail: (id: string) => getFeeClaimQueryKey({ path: { id } }),
  timeline: (id: string) => getFeeClaimTimelineQueryKey({ path: { id } }),
};

const PAGE_SIZE = 20;

/** The expert's own claims, newest first, a page at a time. */
export function useMyClaims() {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: feeKeys.mine(),
      queryFn: async ({ pageParam, signal }) => {
        const { data } = await listFeeClaims({
          query: { view: 'mine', limit: PAGE_SIZE, cursor: pageParam },
          signal,
          throwOnError: true,
        });
        return data;
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );
}

export function useMyTotals() {
  return useQuery(getMyFeeTotalsOptions());
}

export function useClaim(id: string, enabled = true) {
  return useQuery({ ...getFeeClaimOptions({ path: { id } }), enabled });
}

export function useClaimTimeline(id: string) {
  return useQuery(getFeeClaimTimelineOptions({ path: { id } }));
}

/** After a change: the cached claim is the server's answer; lists, totals and the timeline reload. */
function useClaimChanged() {
  const queryClient = useQueryClient();
  return (claim: ClaimDto) => {
    queryClient.setQueryData(feeKeys.detail(claim.id), claim);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: feeKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: feeKeys.totals() }),
      queryClient.invalidateQueries({ queryKey: feeKeys.timeline(claim.id) }),
    ]);
  };
}

/** A 412 means someone else changed the claim meanwhile: reload it, and let the caller say why. */
export function useReloadOnStale(id: string) {
  const queryClient = useQueryClient();
  return (error: unknown): never => {
    if (toApiProblem(error).status === 412) {
      void queryClient.invalidateQueries({ queryKey: feeKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: feeKeys.timeline(id) });
      void queryClient.invalidateQueries({ queryKey: feeKeys.lists() });
    }
    throw error;
  };
}

/** Every change a claim can take here; each needs the version acted on (If-Match). */
export function useClaimMutations() {
  const changed = useClaimChanged();
  return {
    update: useMutation({ ...updateFeeClaimMutation(), onSuccess: changed }),
    submit: useMutation({ ...submitFeeClaimMutation(), onSuccess: changed }),
    confirm: useMutation({ ...confirmFeeClaimMutation(), onSuccess: changed }),
    approve: useMutation({ ...approveFeeClaimMutation(), onSuccess: changed }),
    return: useMutation({ ...returnFeeClaimMutation(), onSuccess: changed }),
    reapprove: useMutation({ ...reapproveFeeClaimMutation(), onSuccess: changed }),
    cancel: useMutation({ ...cancelFeeClaimMutation(), onSuccess: changed }),
    reassign: useMutation({ ...reassignFeeClaimMutation(), onSuccess: changed }),
  };
}

/** Who could take the claim's current step (the coordinator gives it to one of them). */
export function useClaimAssignees(id: string, enabled: boolean) {
  return useQuery({ ...listFeeClaimAssigneesOptions({ path: { id } }), enabled });
}

/** A claim's receipts: add (a photo or a PDF), remove, download. */
export function useReceipts(claimId: string) {
  const queryClient = useQueryClient();
  const changed = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: feeKeys.detail(claimId) }),
      queryClient.invalidateQueries({ queryKey: feeKeys.timeline(claimId) }),
    ]);
  const add = useMutation({ ...addFeeClaimReceiptMutation(), onSuccess: changed });
  const remove = useMutation({ ...removeFeeClaimReceiptMutation(), onSuccess: changed });
  return {
    pending: add.isPending || remove.isPending,
    upload: (file: File) =>
      add.mutateAsync({
        path: { id: claimId },
        body: file,
        query: { fileName: file.name },
        headers: { 'Content-Type': attachmentType(file) },
      }),
    remove: (receiptId: string) => remove.mutateAsync({ path: { id: claimId, receiptId } }),
    download: async (receiptId: string, fileName: string) => {
      const { data, response } = await getFeeClaimReceipt({
        path: { id: claimId, receiptId },
        parseAs: 'blob',
        throwOnError: true,
      });
      saveBlob(data as Blob, response, fileName);
    },
  };
}
