import type { ScheduleSummaryDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, helsinkiDate } from '../../../shared/format/date';

/** The schedules, newest first; the one in force today is said in words, and each opens for editing. */
export function ScheduleList({ schedules }: { schedules: readonly ScheduleSummaryDto[] }) {
  const { t } = useTranslation();
  const today = helsinkiDate();
  return (
    <div className="table-scroll" role="region" aria-labelledby="schedules-caption" tabIndex={0}>
      <table className="plain-table fee-table">
        <caption id="schedules-caption">{t('feeAdmin.schedules.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feeAdmin.schedules.name')}</th>
            <th scope="col">{t('feeAdmin.schedules.period')}</th>
            <th scope="col">{t('feeAdmin.schedules.state')}</th>
            <th scope="col" className="num">
              {t('feeAdmin.schedules.rateCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {schedules.map((s) => (
            <tr key={s.id} className={s.inForce ? 'in-force' : undefined}>
              <th scope="row">
                <Link to="/fees/schedules" search={{ schedule: s.id }}>
                  {s.name}
                </Link>
              </th>
              <td>
                {s.effectiveTo
                  ? t('feeAdmin.schedules.fromTo', {
                      from: formatDate(s.effectiveFrom),
                      to: formatDate(s.effectiveTo),
                    })
                  : t('feeAdmin.schedules.fromOn', { from: formatDate(s.effectiveFrom) })}
              </td>
              <td>
                {s.inForce ? (
                  <strong>{t('feeAdmin.schedules.inForce')}</strong>
                ) : s.effectiveFrom > today ? (
                  t('feeAdmin.schedules.upcoming')
                ) : (
                  t('feeAdmin.schedules.ended')
                )}
              </td>
              <td className="num">{s.rateCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
