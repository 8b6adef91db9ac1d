import { deactivateUnitMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useUnitChanged } from './update-unit';

export function useDeactivateUnit() {
  const changed = useUnitChanged();
  return useMutation({ ...deactivateUnitMutation(), onSuccess: changed });
}
