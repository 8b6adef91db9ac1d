import type { TimelineEventDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner } from 'suomifi-ui-components';
import { toApiProblem } from '../../../shared/api/api-problem';
import { formatDateTime } from '../../../shared/format/date';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useOrderTimeline } from '../api/get-order-timeline';

function eventText(
  t: (key: string, values?: Record<string, unknown>) => string,
  event: TimelineEventDto,
): string {
  const base = t(`orders.event.${event.type}`);
  const reason = typeof event.detail?.reason === 'string' ? event.detail.reason : null;
  const parts = [base];
  if (event.toStatus && event.fromStatus !== event.toStatus && event.type !== 'created') {
    parts.push(t('orders.event.toStatus', { status: t(`orders.status.${event.toStatus}`) }));
  }
  if (reason) parts.push(t('orders.event.reason', { reason }));
  if (event.detail?.lateCancellation === true) parts.push(t('orders.late'));
  return parts.join(' · ');
}

/** Who did what and when, in the order the API gives them (oldest first). */
export function OrderTimeline({ orderId }: { orderId: string }) {
  const { t, i18n } = useTranslation();
  const timeline = useOrderTimeline(orderId);
  const events = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  if (timeline.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (timeline.isError) return <ProblemAlert problem={toApiProblem(timeline.error)} />;
  return (
    <>
      <ol className="timeline-list">
        {events.map((event) => (
          <li key={event.id}>
            <div>{eventText(t, event)}</div>
            <div className="meta">
              {formatDateTime(event.at, i18n.language)}
              {event.actor ? ` · ${event.actor.displayName}` : ` · ${t('orders.event.system')}`}
            </div>
          </li>
        ))}
      </ol>
      {timeline.hasNextPage ? (
        <Button
          type="button"
          variant="secondary"
          disabled={timeline.isFetchingNextPage}
          onClick={() => void timeline.fetchNextPage()}
        >
          {t('orders.list.loadMore')}
        </Button>
      ) : null}
    </>
  );
}
