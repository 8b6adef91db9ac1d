import type { OrderDto } from '@kokemus/api-client';
import {
  addOrderAttachmentMutation,
  cancelOrderMutation,
  cancelOrderOccurrenceMutation,
  closeOrderMutation,
  createOrderMutation,
  deliverOrderMutation,
  postOrderMessageMutation,
  removeOrderAttachmentMutation,
  startOrderMatchingMutation,
  submitOrderMutation,
  updateOrderMutation,
} from '@kokemus/api-client/react-query';
import { getOrderAttachment } from '@kokemus/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toApiProblem } from '../../../shared/api/api-problem';
import { attachmentType } from '../../../shared/files/attachment-type';
import { saveBlob } from '../../../shared/files/save-blob';
import { orderKeys } from './keys';

/** After any change to an order: its cached copy is the server's answer; lists, inbox and timeline reload. */
export function useOrderChanged() {
  const queryClient = useQueryClient();
  return (order: OrderDto) => {
    queryClient.setQueryData(orderKeys.detail(order.id), order);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: orderKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: orderKeys.inbox() }),
      queryClient.invalidateQueries({ queryKey: orderKeys.timeline(order.id) }),
    ]);
  };
}

/** After a change answered without the order (an attachment, a message), or a stale If-Match (412). */
export function useOrderStale() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: orderKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: orderKeys.timeline(id) }),
      queryClient.invalidateQueries({ queryKey: orderKeys.lists() }),
    ]);
}

/** A 412 means someone else changed the order meanwhile: reload it, and let the caller show why. */
export function useReloadOnStale() {
  const stale = useOrderStale();
  return (id: string) => (error: unknown) => {
    if (toApiProblem(error).status === 412) void stale(id);
    throw error;
  };
}

export function useCreateOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...createOrderMutation(), onSuccess: changed });
}

export function useUpdateOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...updateOrderMutation(), onSuccess: changed });
}

export function useSubmitOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...submitOrderMutation(), onSuccess: changed });
}

export function useStartMatching() {
  const changed = useOrderChanged();
  return useMutation({ ...startOrderMatchingMutation(), onSuccess: changed });
}

export function useDeliverOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...deliverOrderMutation(), onSuccess: changed });
}

export function useCloseOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...closeOrderMutation(), onSuccess: changed });
}

export function useCancelOrder() {
  const changed = useOrderChanged();
  return useMutation({ ...cancelOrderMutation(), onSuccess: changed });
}

export function useCancelOccurrence() {
  const changed = useOrderChanged();
  return useMutation({ ...cancelOrderOccurrenceMutation(), onSuccess: changed });
}

export function usePostMessage(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...postOrderMessageMutation(),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orderKeys.messages(orderId) }),
        queryClient.invalidateQueries({ queryKey: orderKeys.timeline(orderId) }),
      ]),
  });
}

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

export function useRemoveAttachment(orderId: string) {
  const stale = useOrderStale();
  return useMutation({ ...removeOrderAttachmentMutation(), onSuccess: () => stale(orderId) });
}

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
