import '../../features/courses/courses-strings';
import type { CourseDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Heading, LoadingSpinner, RouterLink } from 'suomifi-ui-components';
import { useCourse } from '../../features/courses/api/get-course';
import { AttendanceSection } from '../../features/courses/components/attendance-section';
import { CourseDetails } from '../../features/courses/components/course-details';
import { EnrolSection } from '../../features/courses/components/enrol-section';
import { EnrolmentList } from '../../features/courses/components/enrolment-list';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/courses/$courseId');

export function CourseDetailPage() {
  const { t } = useTranslation();
  const { courseId } = route.useParams();
  const course = useCourse(courseId);
  if (course.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (course.isError) {
    const problem = toApiProblem(course.error);
    return problem.status === 404 ? <NotFoundPage /> : <ProblemAlert problem={problem} />;
  }
  return <CourseDetail course={course.data} />;
}

function CourseDetail({ course }: { course: CourseDto }) {
  const { t } = useTranslation();
  return (
    <Page title={course.name}>
      <p>
        <RouterLink asComponent={Link} to="/courses" search={{}}>
          {t('courses.detail.back')}
        </RouterLink>
      </p>
      <CourseDetails course={course} />
      <section className="course-section" aria-labelledby="course-enrolments-heading">
        <Heading variant="h2" id="course-enrolments-heading" mb="s">
          {t('courses.enrolments.heading', { count: course.enrolledCount, capacity: course.capacity })}
        </Heading>
        <EnrolmentList course={course} />
      </section>
      <section className="course-section" aria-labelledby="course-enrol-heading">
        <Heading variant="h2" id="course-enrol-heading" mb="s">
          {t('courses.enrol.heading')}
        </Heading>
        <EnrolSection course={course} />
      </section>
      <section className="course-section" aria-labelledby="course-attendance-heading">
        <Heading variant="h2" id="course-attendance-heading" mb="s">
          {t('courses.attendance.heading')}
        </Heading>
        <p className="hint">{t('courses.attendance.lead')}</p>
        <AttendanceSection course={course} />
      </section>
    </Page>
  );
}
