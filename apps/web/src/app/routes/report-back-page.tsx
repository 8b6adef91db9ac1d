import '../../features/feedback/feedback-strings';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from 'suomifi-ui-components';
import { useReportBack } from '../../features/feedback/api/report-backs';
import { ReportBackNoteForm } from '../../features/feedback/components/report-back-note-form';
import { ReportBackView } from '../../features/feedback/components/report-back-view';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatDateTime } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/what-my-tasks-gave/$reportBackId');

/** One report-back (the notification "what your task gave" links here); a coordinator may add words. */
export function ReportBackPage() {
  const { t, i18n } = useTranslation();
  const { reportBackId } = route.useParams();
  const { user } = route.useRouteContext();
  const reportBack = useReportBack(reportBackId);
  const back = (
    <p>
      <Link to="/what-my-tasks-gave">{t('feedback.reportBacks.back')}</Link>
    </p>
  );
  if (reportBack.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (reportBack.isError) {
    const problem = toApiProblem(reportBack.error);
    return (
      <Page title={t('feedback.reportBacks.title')}>
        {problem.status === 404 ? (
          <p>{t('feedback.reportBacks.notFound')}</p>
        ) : (
          <ProblemAlert problem={problem} />
        )}
        {back}
      </Page>
    );
  }
  const r = reportBack.data;
  const coordinator = user.roles.includes('coordinator');
  return (
    <Page title={r.task.title}>
      {back}
      <dl className="details feedback-task">
        <dt>{t('feedback.answer.when')}</dt>
        <dd>{formatDateTime(r.task.startsAt, i18n.language)}</dd>
        {r.task.place ? (
          <>
            <dt>{t('feedback.answer.place')}</dt>
            <dd>{r.task.place}</dd>
          </>
        ) : null}
        <dt>{t('feedback.answer.unit')}</dt>
        <dd>{r.unitName}</dd>
        {coordinator ? (
          <>
            <dt>{t('feedback.answer.expert')}</dt>
            <dd>{r.expertName}</dd>
          </>
        ) : null}
      </dl>
      <ReportBackView reportBack={r} />
      {coordinator ? <ReportBackNoteForm reportBack={r} /> : null}
    </Page>
  );
}
