import { createCourseMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useCourseChanged } from './course-changed';

export function useCreateCourse() {
  const changed = useCourseChanged();
  return useMutation({ ...createCourseMutation(), onSuccess: changed });
}
