import { getCourseOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** A course with its sessions, the people on it and their attendance. */
export function useCourse(id: string) {
  return useQuery(getCourseOptions({ path: { id } }));
}
