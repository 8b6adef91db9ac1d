import { listMyCoursesOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** The signed-in expert's own courses with their sessions and attendance. */
export function useMyCourses() {
  return useQuery(listMyCoursesOptions());
}
