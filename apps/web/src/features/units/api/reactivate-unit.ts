import { reactivateUnitMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useUnitChanged } from './update-unit';

export function useReactivateUnit() {
  const changed = useUnitChanged();
  return useMutation({ ...reactivateUnitMutation(), onSuccess: changed });
}
