import { getOrderQueryKey } from '@kokemus/api-client/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { matchingKeys } from './keys';

/** After an offer or an assignment changes: candidates, offers, assignments and the order reload. */
export function useStaffingChanged() {
  const queryClient = useQueryClient();
  return (orderId?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: matchingKeys.offers() }),
      queryClient.invalidateQueries({ queryKey: matchingKeys.assignments() }),
      ...(orderId
        ? [
            queryClient.invalidateQueries({ queryKey: matchingKeys.candidates(orderId) }),
            queryClient.invalidateQueries({ queryKey: getOrderQueryKey({ path: { id: orderId } }) }),
          ]
        : []),
    ]);
}
