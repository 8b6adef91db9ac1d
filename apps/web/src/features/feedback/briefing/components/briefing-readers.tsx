import type { BriefingReaderDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/format/date';

/** The unit's and the coordinators' view: each expert of the time and whether they have read it. */
export function BriefingReaders({ readers }: { readers: BriefingReaderDto[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="briefing-readers-heading" className="mt-m">
      <h2 id="briefing-readers-heading">{t('briefing.readers.heading')}</h2>
      {readers.length === 0 ? (
        <p>{t('briefing.readers.none')}</p>
      ) : (
        <ul>
          {readers.map((r) => (
            <li key={r.expertId}>
              <strong>{r.expertName}</strong>:{' '}
              {t(`briefing.readers.state.${r.readState}`, {
                date: r.readAt ? formatDateTime(r.readAt, i18n.language) : '',
              })}
              {r.supervisionWish && r.supervisionWish !== 'none' ? (
                <> · {t('briefing.readers.wish', { wish: t(`briefing.wish.${r.supervisionWish}`) })}</>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
