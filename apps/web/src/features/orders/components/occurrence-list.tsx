import type { OccurrenceDto, OrderDto } from '@kokemus/api-client';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { formatTimeRange } from '../../../shared/format/date';
import { ReasonForm } from '../../../shared/ui/reason-form';
import { canCancelOccurrence, groupOccurrences } from '../orders.rules';

/**
 * The order's times (the series view): one group per time, a row per place with its status; one time can
 * be cancelled with a reason, and a late cancellation is flagged.
 */
export function OccurrenceList({
  order,
  canChange,
  pending,
  onCancel,
  timeAction,
}: {
  order: OrderDto;
  canChange: boolean;
  pending: boolean;
  onCancel: (occurrence: OccurrenceDto, reason: string) => Promise<unknown>;
  /** Something more a row offers (another feature's, composed by the page); `name` names the time. */
  timeAction?: (occurrence: OccurrenceDto, name: string) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const groups = groupOccurrences(order.occurrences);
  const live = order.occurrences.filter((o) => o.status !== 'cancelled').length;
  if (groups.length === 0) return <p>{t('orders.occurrences.none')}</p>;
  return (
    <>
      <p>
        {t('orders.occurrences.count', { count: order.occurrences.length })}
        {live !== order.occurrences.length ? ` ${t('orders.occurrences.live', { count: live })}` : ''}
      </p>
      <ul className="plain-list">
        {groups.map((group) => {
          const heading = formatTimeRange(group.startsAt, group.endsAt, i18n.language);
          return (
            <li key={`${group.startsAt}-${group.endsAt}`} className="occurrence-group">
              <h3>{heading}</h3>
              <ul className="plain-list">
                {group.items.map((o) => {
                  const name = o.place ? `${heading}, ${o.place}` : heading;
                  return (
                    <li key={o.id}>
                      <div className="occurrence-row">
                        <span className={o.status === 'cancelled' ? 'occurrence-cancelled' : undefined}>
                          {o.place ?? t('orders.occurrences.noPlace')} –{' '}
                          {t(`orders.occurrenceStatus.${o.status}`)}
                        </span>
                        {canChange && canCancelOccurrence(order, o) && cancelling !== o.id ? (
                          <Button
                            type="button"
                            variant="secondaryNoBorder"
                            aria-label={t('orders.occurrences.cancelNamed', { what: name })}
                            onClick={() => setCancelling(o.id)}
                          >
                            {t('orders.occurrences.cancel')}
                          </Button>
                        ) : null}
                        {timeAction?.(o, name)}
                      </div>
                      {o.status === 'cancelled' ? (
                        <p className="meta">
                          {t('orders.occurrences.cancelledBecause', { reason: o.cancelReason ?? '–' })}
                          {o.lateCancellation ? (
                            <>
                              {' '}
                              <span className="late-flag">{t('orders.late')}</span>
                            </>
                          ) : null}
                        </p>
                      ) : null}
                      {cancelling === o.id ? (
                        <ReasonForm
                          missingText={t('orders.cancel.reasonMissing')}
                          keepLabel={t('orders.cancel.keep')}
                          id={`occurrence-${o.id}-reason`}
                          label={t('orders.occurrences.reasonLabel', { what: name })}
                          confirmLabel={t('orders.occurrences.confirmCancel')}
                          pending={pending}
                          onClose={() => setCancelling(null)}
                          onConfirm={async (reason) => {
                            await onCancel(o, reason);
                            setCancelling(null);
                          }}
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}
