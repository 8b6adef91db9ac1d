import { moveApplicationMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useApplicationChanged } from './application-changed';

/** One move on the application's path; sent with If-Match (the version last read). */
export function useMoveApplication() {
  const changed = useApplicationChanged();
  return useMutation({ ...moveApplicationMutation(), onSuccess: changed });
}
