import { completeCourseEnrolmentMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useCourseChanged } from './course-changed';

/** Marks a person complete; the API refuses (COURSE_ATTENDANCE_SHORT) below 80 % of the sessions. */
export function useCompleteCourseEnrolment() {
  const changed = useCourseChanged();
  return useMutation({ ...completeCourseEnrolmentMutation(), onSuccess: changed });
}
