import type { ClaimSummaryDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterLink } from 'suomifi-ui-components';
import { formatEuros } from '../../../shared/format/money';
import { formatDay, whereNow } from '../fees.rules';

/** One of the expert's claims: where it is now in words, the amount, and the way in. */
export function ClaimCard({ claim }: { claim: ClaimSummaryDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const toCheck = claim.status === 'draft' || claim.status === 'returned';
  const reason = claim.returnReason;
  return (
    <li className="claim-card">
      <h3>{claim.title}</h3>
      {claim.status === 'returned' && reason ? (
        <p className="return-reason">
          <strong>{t('fees.myFees.returnedBecause', { reason })}</strong>
        </p>
      ) : null}
      <dl className="details">
        <dt>{t('fees.myFees.whereNow')}</dt>
        <dd className={`claim-where${claim.overdue ? ' overdue' : ''}`}>{whereNow(t, claim, lang)}</dd>
        <dt>{t('fees.myFees.amount')}</dt>
        <dd className="amount">
          {t('fees.myFees.beforeTax', { amount: formatEuros(claim.totalCents, lang) })}
        </dd>
        <dt>{t('fees.myFees.taskDay')}</dt>
        <dd>
          {formatDay(claim.taskDate, lang)}, {claim.unitName}
        </dd>
      </dl>
      <p>
        <RouterLink
          asComponent={Link}
          to="/fees/$claimId"
          params={{ claimId: claim.id }}
          className={toCheck ? 'button-link' : undefined}
          aria-label={t(toCheck ? 'fees.myFees.checkLabel' : 'fees.myFees.openLabel', { title: claim.title })}
        >
          {t(toCheck ? 'fees.myFees.check' : 'fees.myFees.open')}
        </RouterLink>
      </p>
    </li>
  );
}
