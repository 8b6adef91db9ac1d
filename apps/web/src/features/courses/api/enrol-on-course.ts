import { enrolOnCourseMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useCourseChanged } from './course-changed';

/** Enrols an expert or an applicant at the training step (the API keeps the capacity). */
export function useEnrolOnCourse() {
  const changed = useCourseChanged();
  return useMutation({ ...enrolOnCourseMutation(), onSuccess: changed });
}
