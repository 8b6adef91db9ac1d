import { createFeeScheduleMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useScheduleSaved } from './schedule-changed';

export function useCreateSchedule() {
  const saved = useScheduleSaved();
  return useMutation({ ...createFeeScheduleMutation(), onSuccess: saved });
}
