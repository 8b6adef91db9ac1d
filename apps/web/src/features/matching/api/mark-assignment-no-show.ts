import { markAssignmentNoShowMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useStaffingChanged } from './staffing-changed';

/** Marking that the expert did not come; it needs the version acted on (If-Match), and a failure reloads the lists too. */
export function useMarkAssignmentNoShow() {
  const changed = useStaffingChanged();
  return useMutation({
    ...markAssignmentNoShowMutation(),
    onSuccess: (assignment) => changed(assignment.orderId),
    onError: () => changed(),
  });
}
