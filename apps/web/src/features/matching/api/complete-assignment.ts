import { completeAssignmentMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useStaffingChanged } from './staffing-changed';

/** Marking a confirmed assignment done; it needs the version acted on (If-Match), and a failure reloads the lists too. */
export function useCompleteAssignment() {
  const changed = useStaffingChanged();
  return useMutation({
    ...completeAssignmentMutation(),
    onSuccess: (assignment) => changed(assignment.orderId),
    onError: () => changed(),
  });
}
