import type { CourseDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/date';

/** What the course is: its kind, days, organiser, place, the hours it gives and how full it is. */
export function CourseDetails({ course }: { course: CourseDto }) {
  const { t } = useTranslation();
  return (
    <dl className="details">
      <dt>{t('courses.field.kind')}</dt>
      <dd>{t(`courses.kind.${course.kind}`)}</dd>
      <dt>{t('courses.field.dates')}</dt>
      <dd>
        {formatDate(course.startsOn)}–{formatDate(course.endsOn)}
      </dd>
      <dt>{t('courses.field.organiser')}</dt>
      <dd>{course.organiser}</dd>
      <dt>{t('courses.field.place')}</dt>
      <dd>{course.place ?? t('courses.detail.noPlace')}</dd>
      <dt>{t('courses.field.hours')}</dt>
      <dd>{t('courses.detail.hours', { count: course.hours })}</dd>
      <dt>{t('courses.field.enrolled')}</dt>
      <dd>{t('courses.list.enrolled', { count: course.enrolledCount, capacity: course.capacity })}</dd>
    </dl>
  );
}
