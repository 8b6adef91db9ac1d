import type { SupervisionSessionDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatTimeRange } from '../../../../shared/format/date';

/** Sessions as a list: the time is the link; then where, who leads it and what kind, in plain words. */
export function SessionList({
  items,
  forExpert,
  label,
}: {
  items: SupervisionSessionDto[];
  forExpert: boolean;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="plain-list" aria-label={label} data-testid="supervision-list">
      {items.map((s) => (
        <li key={s.id} className="supervision-item">
          <p>
            <Link to="/supervision/$sessionId" params={{ sessionId: s.id }}>
              {formatTimeRange(s.startsAt, s.endsAt, i18n.language)}
            </Link>
            {s.status === 'cancelled' ? (
              <span className="supervision-cancelled"> · {t('supervision.status.cancelled')}</span>
            ) : null}
          </p>
          <p>
            {forExpert
              ? s.kind === 'group'
                ? t('supervision.kindExpert.group', { count: s.participantCount })
                : t('supervision.kindExpert.individual')
              : `${t(`supervision.kind.${s.kind}`)}, ${t(`supervision.purpose.${s.purpose}`)} · ${t('supervision.people', { count: s.participantCount })}`}
          </p>
          <p>
            {t('supervision.where')}: {s.place}
          </p>
          <p>
            {t('supervision.who')}:{' '}
            {s.supervisorExternal ? t('supervision.external', { name: s.supervisorName }) : s.supervisorName}
          </p>
        </li>
      ))}
    </ul>
  );
}
