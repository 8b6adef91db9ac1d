import type { ScheduleDto } from '@kokemus/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { feeAdminKeys } from './keys';

/** After a schedule is saved: its cached copy is the server's answer, and the list reloads. */
export function useScheduleSaved() {
  const queryClient = useQueryClient();
  return (schedule: ScheduleDto) => {
    queryClient.setQueryData(feeAdminKeys.schedule(schedule.id), schedule);
    return queryClient.invalidateQueries({ queryKey: feeAdminKeys.schedules() });
  };
}

/** A stale If-Match (412): someone changed the schedule meanwhile, so read it again. */
export function useScheduleStale() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: feeAdminKeys.schedule(id) }),
      queryClient.invalidateQueries({ queryKey: feeAdminKeys.schedules() }),
    ]);
}
