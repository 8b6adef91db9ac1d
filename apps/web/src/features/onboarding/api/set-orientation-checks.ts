import { setOrientationChecksMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useApplicationChanged } from './application-changed';

/** Which orientation checklist items were gone through with the applicant (the rest are not done). */
export function useSetOrientationChecks() {
  const changed = useApplicationChanged();
  return useMutation({ ...setOrientationChecksMutation(), onSuccess: changed });
}
