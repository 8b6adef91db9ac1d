import { replaceFeeScheduleMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useScheduleSaved } from './schedule-changed';

/** A new name, first day and rates in one PUT with If-Match. */
export function useReplaceSchedule() {
  const saved = useScheduleSaved();
  return useMutation({ ...replaceFeeScheduleMutation(), onSuccess: saved });
}
