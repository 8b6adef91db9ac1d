import { createExpertMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useExpertChanged } from './update-expert';

/** Adds a person to the registry; their cached copy is the server's answer, and the lists reload. */
export function useCreateExpert() {
  const changed = useExpertChanged();
  return useMutation({ ...createExpertMutation(), onSuccess: changed });
}
