import { postOrderMessageMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orderKeys } from './keys';

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
