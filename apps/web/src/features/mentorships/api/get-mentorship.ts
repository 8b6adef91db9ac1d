import { getMentorshipOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** One mentorship with its assessments and the tasks done together waiting for one. */
export function useMentorship(id: string) {
  return useQuery(getMentorshipOptions({ path: { id } }));
}
