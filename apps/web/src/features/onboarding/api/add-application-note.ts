import { addApplicationNoteMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useApplicationChanged } from './application-changed';

/** A note on the timeline, private to the coordinators. */
export function useAddApplicationNote() {
  const changed = useApplicationChanged();
  return useMutation({ ...addApplicationNoteMutation(), onSuccess: changed });
}
