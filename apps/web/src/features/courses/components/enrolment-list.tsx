import type { CourseDto, CourseEnrolmentDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { formatDate } from '../../../shared/format/date';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useCompleteCourseEnrolment } from '../api/complete-course-enrolment';
import { attendanceEnough, attendancePercent, sessionsNeeded } from '../courses.rules';

/**
 * The people on the course, each with their attendance (sessions and %) and, while enrolled, "Mark
 * completed". The API decides (80 % of the sessions); its refusal is shown on the person's card.
 */
export function EnrolmentList({ course }: { course: CourseDto }) {
  const { t } = useTranslation();
  const complete = useCompleteCourseEnrolment();
  const [problems, setProblems] = useState<Record<string, ApiProblem>>({});
  const [notice, setNotice] = useState('');
  const sessions = course.sessions.length;
  const needed = sessionsNeeded(sessions);

  const onComplete = (enrolment: CourseEnrolmentDto) => {
    setNotice('');
    setProblems(({ [enrolment.id]: _, ...rest }) => rest);
    complete.mutate(
      { path: { id: course.id, enrolmentId: enrolment.id } },
      {
        onSuccess: () => setNotice(t('courses.complete.done', { name: enrolment.name })),
        onError: (error) => setProblems((p) => ({ ...p, [enrolment.id]: toApiProblem(error) })),
      },
    );
  };

  if (course.enrolments.length === 0) return <p>{t('courses.enrolments.none')}</p>;
  return (
    <>
      <div role="status" className="notice">
        {notice}
      </div>
      <ul className="plain-list" aria-labelledby="course-enrolments-heading">
        {course.enrolments.map((e) => {
          const attended = e.attendedSessionIds.length;
          const enough = attendanceEnough(attended, sessions);
          return (
            <li key={e.id} className="course-card">
              <h3 className="course-card-title">{e.name}</h3>
              <dl className="details details-inline">
                <dt>{t('courses.enrolments.who')}</dt>
                <dd>{t(e.expertId ? 'courses.enrolments.expert' : 'courses.enrolments.applicant')}</dd>
                <dt>{t('courses.enrolments.status')}</dt>
                <dd>
                  {e.status === 'completed' && e.completedOn
                    ? t('courses.enrolmentStatus.completedOn', { date: formatDate(e.completedOn) })
                    : t(`courses.enrolmentStatus.${e.status}`)}
                </dd>
                <dt>{t('courses.enrolments.attendance')}</dt>
                <dd>
                  {t('courses.enrolments.attended', {
                    attended,
                    sessions,
                    percent: attendancePercent(attended, sessions),
                  })}
                </dd>
              </dl>
              {e.status === 'enrolled' ? (
                <>
                  <p className="hint">
                    {enough
                      ? t('courses.complete.enough')
                      : t('courses.complete.notEnough', { needed, sessions })}
                  </p>
                  <Button
                    type="button"
                    variant="secondary"
                    disabled={complete.isPending}
                    onClick={() => onComplete(e)}
                    aria-label={`${t('courses.complete.button')} ${e.name}`}
                    aria-describedby={problems[e.id] ? `course-complete-problem-${e.id}` : undefined}
                  >
                    {t('courses.complete.button')}
                  </Button>
                </>
              ) : null}
              {problems[e.id] ? (
                <div id={`course-complete-problem-${e.id}`} className="mt-m">
                  <ProblemAlert problem={problems[e.id]} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
