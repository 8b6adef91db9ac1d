import '../../features/courses/courses-strings';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from 'suomifi-ui-components';
import { useMyCourses } from '../../features/courses/api/list-my-courses';
import { MyCourseCard } from '../../features/courses/components/my-course-card';
import { MyMentorships } from '../../features/mentorships/components/my-mentorships';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** "Koulutukseni": the expert's own courses, what is done and what is to come, and their mentoring path; phone first. */
export function MyTrainingPage() {
  const { t } = useTranslation();
  const courses = useMyCourses();
  const now = new Date();
  return (
    <Page title={t('courses.mine.title')} lead={<p>{t('courses.mine.lead')}</p>}>
      <h2 id="my-courses-heading" className="visually-hidden">
        {t('courses.mine.listHeading')}
      </h2>
      {courses.isPending ? (
        <LoadingSpinner text={t('common.loading')} variant="small" />
      ) : courses.isError ? (
        <ProblemAlert problem={toApiProblem(courses.error)} />
      ) : courses.data.items.length === 0 ? (
        <p>{t('courses.mine.none')}</p>
      ) : (
        <ul className="plain-list" aria-labelledby="my-courses-heading">
          {courses.data.items.map((item) => (
            <MyCourseCard key={item.course.id} item={item} now={now} />
          ))}
        </ul>
      )}
      <MyMentorships />
    </Page>
  );
}
