import '../../features/feedback/participant/participant-strings';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useParticipantLink } from '../../features/feedback/participant/api/participant-link';
import { ParticipantSheet } from '../../features/feedback/participant/components/participant-sheet';
import { formatSheetMoment } from '../../features/feedback/participant/participant-feedback.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { currentLanguage } from '../../shared/i18n/i18n';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { canUse } from '../navigation.rules';
import { NoAccessPage, NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/participant-feedback/$occurrenceId/sheet');

/**
 * The participants' QR sheet of one task time, for the ordering unit, the expert and coordinators: the
 * short link is made (or the same one read) when the page opens; the page prints as the sheet alone.
 */
export function ParticipantSheetPage() {
  const { t } = useTranslation();
  const { occurrenceId } = route.useParams();
  const { user } = route.useRouteContext();
  const link = useParticipantLink(occurrenceId);
  const language = currentLanguage();

  if (link.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (link.isError) {
    const problem = toApiProblem(link.error);
    if (problem.status === 403) return <NoAccessPage />;
    if (problem.status === 404 || problem.status === 400) return <NotFoundPage />;
    return (
      <Page title={t('participant.sheet.title')}>
        <ProblemAlert problem={problem} />
      </Page>
    );
  }
  const data = link.data;
  return (
    <Page title={t('participant.sheet.title')} lead={<p>{t('participant.sheet.lead')}</p>}>
      <div className="participant-no-print">
        {canUse(user.roles, 'orders') ? (
          <Paragraph mb="m">
            <RouterLink asComponent={Link} to="/orders/$orderId" params={{ orderId: data.orderId }}>
              {t('participant.sheet.back')}
            </RouterLink>
          </Paragraph>
        ) : null}
        <p>
          {t('participant.sheet.window', {
            from: formatSheetMoment(data.opensAt, language),
            to: formatSheetMoment(data.closesAt, language),
          })}{' '}
          {t('participant.sheet.answers', { count: data.answerCount })}
        </p>
        <div className="button-row mb-m">
          <Button type="button" onClick={() => window.print()}>
            {t('participant.sheet.print')}
          </Button>
        </div>
      </div>
      <ParticipantSheet link={data} />
    </Page>
  );
}
