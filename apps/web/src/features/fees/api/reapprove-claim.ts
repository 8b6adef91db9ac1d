import { reapproveFeeClaimMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useClaimChanged } from './claim-changed';

/** A claim payroll rejected is approved again; it needs the version acted on (If-Match). */
export function useReapproveClaim() {
  const changed = useClaimChanged();
  return useMutation({ ...reapproveFeeClaimMutation(), onSuccess: changed });
}
