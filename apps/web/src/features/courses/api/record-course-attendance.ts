import { recordCourseAttendanceMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';
import { useCourseChanged } from './course-changed';

/** Saves who was at one session; everyone else on the course is recorded absent. */
export function useRecordCourseAttendance() {
  const changed = useCourseChanged();
  return useMutation({ ...recordCourseAttendanceMutation(), onSuccess: changed });
}
