import type { CourseDto } from '@kokemus/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { courseKeys } from './keys';

/** After any change to a course: its cached copy is the server's answer, and the list's counts reload. */
export function useCourseChanged() {
  const queryClient = useQueryClient();
  return (course: CourseDto) => {
    queryClient.setQueryData(courseKeys.detail(course.id), course);
    return queryClient.invalidateQueries({ queryKey: courseKeys.lists() });
  };
}
