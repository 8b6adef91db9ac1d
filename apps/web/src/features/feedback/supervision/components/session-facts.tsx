import type { SupervisionSessionDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTimeRange } from '../../../../shared/format/date';

/** When, where, who leads it and what kind: the same plain facts for the expert and the coordinator. */
export function SessionFacts({ session, forExpert }: { session: SupervisionSessionDto; forExpert: boolean }) {
  const { t, i18n } = useTranslation();
  const s = session;
  const kind = forExpert
    ? s.kind === 'group'
      ? t('supervision.kindExpert.group', { count: s.participantCount })
      : t('supervision.kindExpert.individual')
    : `${t(`supervision.kind.${s.kind}`)}, ${t(`supervision.purpose.${s.purpose}`)} · ${t('supervision.people', { count: s.participantCount })}`;
  return (
    <dl className="details">
      <dt>{t('supervision.when')}</dt>
      <dd>
        {formatTimeRange(s.startsAt, s.endsAt, i18n.language)}
        {s.status === 'cancelled' ? (
          <span className="supervision-cancelled"> · {t('supervision.status.cancelled')}</span>
        ) : null}
      </dd>
      <dt>{t('supervision.where')}</dt>
      <dd>{s.place}</dd>
      <dt>{t('supervision.who')}</dt>
      <dd>
        {s.supervisorExternal ? t('supervision.external', { name: s.supervisorName }) : s.supervisorName}
      </dd>
      <dt>{t('supervision.whatKind')}</dt>
      <dd>
        {kind}
        {forExpert ? (
          <>
            <br />
            <span>{t(`supervision.purposeExpert.${s.purpose}`)}</span>
          </>
        ) : null}
      </dd>
      {s.task ? (
        <>
          <dt>{t('supervision.task')}</dt>
          <dd>{`${s.task.title}, ${formatDateTime(s.task.startsAt, i18n.language)}`}</dd>
        </>
      ) : null}
    </dl>
  );
}
