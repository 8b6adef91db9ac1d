import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterLink } from 'suomifi-ui-components';
import { useTaskBriefings } from '../api/briefings';

/**
 * On an order's time: the way to its briefing, with where it stands (waiting, written). Only the coming
 * times have one to show; `what` names the time for a screen reader. One list query serves every row.
 */
export function BriefingTimeLink({
  orderId,
  occurrenceId,
  what,
}: {
  orderId: string;
  occurrenceId: string;
  what: string;
}) {
  const { t } = useTranslation();
  const list = useTaskBriefings({ orderId });
  const briefing = list.data?.items.find((b) => b.occurrenceId === occurrenceId);
  if (!briefing) return null;
  return (
    <span>
      <RouterLink
        asComponent={Link}
        to="/briefings/$occurrenceId"
        params={{ occurrenceId }}
        aria-label={t('briefing.linkFor', { time: what })}
      >
        {t('briefing.link')}
      </RouterLink>{' '}
      <span className="meta">({t(`briefing.status.${briefing.status}`)})</span>
    </span>
  );
}
