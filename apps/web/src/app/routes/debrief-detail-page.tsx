import '../../features/feedback/feedback-strings';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from 'suomifi-ui-components';
import { useDebriefRequest } from '../../features/feedback/api/debrief-requests';
import { DebriefActions } from '../../features/feedback/components/debrief-actions';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatDateTime } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/debriefs/$debriefId');

/** One request to talk: who, how to reach them, their words; the coordinator takes it on or marks it done. */
export function DebriefDetailPage() {
  const { t, i18n } = useTranslation();
  const { debriefId } = route.useParams();
  const debrief = useDebriefRequest(debriefId);
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  if (debrief.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (debrief.isError)
    return (
      <Page title={t('feedback.debriefs.title')}>
        <ProblemAlert problem={toApiProblem(debrief.error)} />
        <Link to="/debriefs">{t('feedback.debriefs.back')}</Link>
      </Page>
    );
  const d = debrief.data;
  return (
    <Page title={d.expertName}>
      <p>
        <Link to="/debriefs">{t('feedback.debriefs.back')}</Link>
      </p>
      <dl className="details">
        <dt>{t('feedback.debriefs.state')}</dt>
        <dd>
          <strong>{t(`feedback.debriefs.status.${d.status}`)}</strong> ·{' '}
          {t('feedback.debriefs.requested', { at: when(d.requestedAt) })}
          {d.status === 'open' ? (
            <span className={d.overdue ? 'late' : undefined}>
              {' · '}
              {t(d.overdue ? 'feedback.debriefs.overdue' : 'feedback.debriefs.due', { due: when(d.dueAt) })}
            </span>
          ) : null}
        </dd>
        <dt>{t('feedback.debriefs.contact')}</dt>
        <dd>{t(`feedback.talk.contact.${d.contact}`)}</dd>
        <dt>{t('feedback.debriefs.task')}</dt>
        <dd>{d.task ? `${d.task.title}, ${when(d.task.startsAt)}` : t('feedback.debriefs.noTask')}</dd>
        <dt>{t('feedback.debriefs.message')}</dt>
        <dd className="notes">{d.message ?? t('feedback.debriefs.noMessage')}</dd>
        {d.takenByName ? (
          <>
            <dt>{t('feedback.debriefs.takenByLabel')}</dt>
            <dd>{d.takenByName}</dd>
          </>
        ) : null}
        {d.note ? (
          <>
            <dt>{t('feedback.debriefs.note')}</dt>
            <dd className="notes">{d.note}</dd>
          </>
        ) : null}
      </dl>
      <div className="mt-m">
        <DebriefActions debrief={d} />
      </div>
    </Page>
  );
}
