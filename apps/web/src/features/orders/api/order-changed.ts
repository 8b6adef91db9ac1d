import type { OrderDto } from '@kokemus/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { toApiProblem } from '../../../shared/api/api-problem';
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
