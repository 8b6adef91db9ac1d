import { cancelAssignmentMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useStaffingChanged } from './staffing-changed';

/** Cancelling an assignment with a reason; it needs the version acted on (If-Match), and a failure reloads the lists too. */
export function useCancelAssignment() {
  const changed = useStaffingChanged();
  return useMutation({
    ...cancelAssignmentMutation(),
    onSuccess: (assignment) => changed(assignment.orderId),
    onError: () => changed(),
  });
}
