import type { MentorshipAssessmentDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { formatDate, helsinkiDate } from '../../../shared/format/date';

/** The assessments recorded so far, newest task first: the day, the task, approved or not and the note. */
export function AssessmentList({ assessments }: { assessments: readonly MentorshipAssessmentDto[] }) {
  const { t } = useTranslation();
  if (assessments.length === 0) return <p>{t('mentorships.assessments.none')}</p>;
  const sorted = [...assessments].sort((a, b) => b.taskStartsAt.localeCompare(a.taskStartsAt));
  return (
    <ul className="plain-list" aria-labelledby="mentorship-assessments-heading">
      {sorted.map((a) => (
        <li key={a.id} className="mentorship-task">
          <h3 className="mentorship-task-title">{a.taskTitle ?? t('mentorships.task.untitled')}</h3>
          <dl className="details details-inline">
            <dt>{t('mentorships.field.taskDate')}</dt>
            <dd>{formatDate(helsinkiDate(new Date(a.taskStartsAt)))}</dd>
            <dt>{t('mentorships.field.verdict')}</dt>
            <dd className={a.approved ? 'mentorship-verdict-approved' : 'mentorship-verdict-rejected'}>
              {t(a.approved ? 'mentorships.verdict.approved' : 'mentorships.verdict.notApproved')}
            </dd>
            <dt>{t('mentorships.field.note')}</dt>
            <dd>{a.note}</dd>
            <dt>{t('mentorships.field.recorded')}</dt>
            <dd>{formatDate(helsinkiDate(new Date(a.recordedAt)))}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
