import { getRecruitmentStatusOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** Whether the form takes applications today; asked again on each visit, as a round may close any day. */
export function useRecruitmentStatus() {
  return useQuery({ ...getRecruitmentStatusOptions(), staleTime: 60_000 });
}
