import type { CourseSummaryDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/date';

/** Courses as cards (a table does not fit 360 px); each card's heading links to the course. */
export function CourseList({
  courses,
  labelledBy,
}: {
  courses: readonly CourseSummaryDto[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list" aria-labelledby={labelledBy}>
      {courses.map((course) => (
        <li key={course.id} className="course-card">
          <h3 className="course-card-title">
            <Link to="/courses/$courseId" params={{ courseId: course.id }}>
              {course.name}
            </Link>
          </h3>
          <dl className="details details-inline">
            <dt>{t('courses.field.kind')}</dt>
            <dd>{t(`courses.kind.${course.kind}`)}</dd>
            <dt>{t('courses.field.dates')}</dt>
            <dd>
              {formatDate(course.startsOn)}–{formatDate(course.endsOn)}
            </dd>
            <dt>{t('courses.field.organiser')}</dt>
            <dd>{course.organiser}</dd>
            <dt>{t('courses.field.enrolled')}</dt>
            <dd>{t('courses.list.enrolled', { count: course.enrolledCount, capacity: course.capacity })}</dd>
            <dt>{t('courses.field.sessions')}</dt>
            <dd>{t('courses.list.sessions', { count: course.sessionCount, hours: course.hours })}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
