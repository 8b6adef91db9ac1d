import { confirmAssignmentMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useStaffingChanged } from './staffing-changed';

/** Confirming an accepted assignment; it needs the version acted on (If-Match), and a failure reloads the lists too. */
export function useConfirmAssignment() {
  const changed = useStaffingChanged();
  return useMutation({
    ...confirmAssignmentMutation(),
    onSuccess: (assignment) => changed(assignment.orderId),
    onError: () => changed(),
  });
}
