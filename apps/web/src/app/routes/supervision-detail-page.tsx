import '../../features/feedback/supervision/supervision-strings';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { InlineAlert, LoadingSpinner } from 'suomifi-ui-components';
import { useSupervisionSession } from '../../features/feedback/supervision/api/supervision-sessions';
import { SessionCoordinatorPanel } from '../../features/feedback/supervision/components/session-coordinator-panel';
import { SessionFacts } from '../../features/feedback/supervision/components/session-facts';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatTimeRange } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/supervision/$sessionId');

/** One session (the invitation's link): when, where, who; a coordinator also marks who came or cancels it. */
export function SupervisionDetailPage() {
  const { t, i18n } = useTranslation();
  const { sessionId } = route.useParams();
  const { user } = route.useRouteContext();
  const coordinator = user.roles.includes('coordinator');
  const session = useSupervisionSession(sessionId);
  if (session.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (session.isError)
    return (
      <Page title={t('supervision.title')}>
        <ProblemAlert problem={toApiProblem(session.error)} />
        <Link to="/supervision">{t('supervision.back')}</Link>
      </Page>
    );
  const s = session.data;
  return (
    <Page
      title={`${t(`supervision.kind.${s.kind}`)} ${formatTimeRange(s.startsAt, s.endsAt, i18n.language)}`}
    >
      <p>
        <Link to="/supervision">{t('supervision.back')}</Link>
      </p>
      {s.status === 'cancelled' ? (
        <InlineAlert status="warning" className="mb-m">
          {t('supervision.cancelledNote')}
        </InlineAlert>
      ) : null}
      <SessionFacts session={s} forExpert={!coordinator} />
      {coordinator ? (
        <div className="mt-m">
          <SessionCoordinatorPanel session={s} />
        </div>
      ) : (
        <p className="mt-m">
          {t('supervision.talkHint')} <Link to="/talk">{t('supervision.talkLink')}</Link>
        </p>
      )}
    </Page>
  );
}
