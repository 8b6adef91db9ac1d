import { useTranslation } from 'react-i18next';
import { Heading, LoadingSpinner } from 'suomifi-ui-components';
import { toApiProblem } from '../../../shared/api/api-problem';
import { formatEuros } from '../../../shared/format/money';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useMyTotals } from '../api/get-my-totals';
import { ceilingLevel } from '../fees.rules';

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "marraskuu 2026" from "2026-11". */
function monthName(month: string, language: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'fi-FI', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** This month's and this year's money before tax, and how close the month is to the expert's own limit. */
export function MoneyTotals() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const totals = useMyTotals();
  const euros = (cents: number) => formatEuros(cents, lang);
  return (
    <section aria-labelledby="fee-totals-heading">
      <Heading variant="h2" id="fee-totals-heading" mb="s">
        {t('fees.myFees.totalsHeading')}
      </Heading>
      {totals.isPending ? (
        <LoadingSpinner text={t('common.loading')} variant="small" />
      ) : totals.isError ? (
        <ProblemAlert problem={toApiProblem(totals.error)} />
      ) : (
        (() => {
          const m = totals.data;
          const c = ceilingLevel(m);
          const values = {
            ceiling: euros(m.ceilingCents ?? 0),
            used: euros(m.monthEarningsCents),
            left: euros(c.leftCents),
            over: euros(c.overCents),
          };
          return (
            <>
              <div className="money-card">
                <h3>{t('fees.myFees.month', { month: monthName(m.month, lang) })}</h3>
                <p className="claim-total">
                  {t('fees.myFees.earnings', { amount: euros(m.monthEarningsCents) })}
                </p>
              </div>
              <div className="money-card">
                <h3>{t('fees.ceiling.heading')}</h3>
                {c.level === 'none' ? (
                  <p>{t('fees.ceiling.none')}</p>
                ) : (
                  <>
                    <p>{t(`fees.ceiling.${c.level}`, values)}</p>
                    <div className={`ceiling-bar ${c.level}`} aria-hidden="true">
                      <span style={{ width: `${Math.min(100, c.percent)}%` }} />
                    </div>
                    <p className="hint">{t('fees.ceiling.percent', { percent: c.percent })}</p>
                  </>
                )}
              </div>
              <div className="money-card">
                <h3>{t('fees.myFees.year', { year: m.month.slice(0, 4) })}</h3>
                <p className="claim-total">
                  {t('fees.myFees.earnings', { amount: euros(m.yearEarningsCents) })}
                </p>
                <p>{t('fees.myFees.paid', { amount: euros(m.yearPaidCents) })}</p>
              </div>
            </>
          );
        })()
      )}
    </section>
  );
}
