import { changeExpertStatusMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useExpertChanged } from './update-expert';

export function useChangeExpertStatus() {
  const changed = useExpertChanged();
  return useMutation({ ...changeExpertStatusMutation(), onSuccess: changed });
}
