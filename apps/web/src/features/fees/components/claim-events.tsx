import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from 'suomifi-ui-components';
import { toApiProblem } from '../../../shared/api/api-problem';
import { formatDateTime } from '../../../shared/format/date';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useClaimTimeline } from '../api/get-claim-timeline';

/** Who did what to the claim and when, oldest first. */
export function ClaimEvents({ claimId }: { claimId: string }) {
  const { t, i18n } = useTranslation();
  const timeline = useClaimTimeline(claimId);
  if (timeline.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (timeline.isError) return <ProblemAlert problem={toApiProblem(timeline.error)} />;
  if (timeline.data.items.length === 0) return <p>{t('fees.claim.noEvents')}</p>;
  return (
    <ol className="claim-events">
      {timeline.data.items.map((event, i) => (
        <li key={`${event.at}-${i}`}>
          <div>
            {t(`fees.event.${event.action}`, { defaultValue: t('fees.event.other') })}
            {event.note ? ` · ${t('fees.claim.eventNote', { note: event.note })}` : ''}
          </div>
          <div className="meta">
            {formatDateTime(event.at, i18n.language)} · {event.actorName ?? t('fees.claim.system')}
          </div>
        </li>
      ))}
    </ol>
  );
}
