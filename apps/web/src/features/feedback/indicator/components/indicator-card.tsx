import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useIndicatorRequests } from '../api/indicator';
import { openRequest } from '../indicator.rules';

/**
 * The open participation indicator on top of the expert's feedback page, in plain words; nothing when
 * none is open (or the list cannot be read: the rest of the page still works).
 */
export function IndicatorCard() {
  const { t } = useTranslation();
  const requests = useIndicatorRequests();
  const open = requests.data ? openRequest(requests.data.items) : null;
  if (!open) return null;
  return (
    <section className="panel indicator-card mb-m" aria-labelledby="indicator-card-heading">
      <h2 id="indicator-card-heading">{t('indicator.card.title')}</h2>
      <p>{t('indicator.card.lead')}</p>
      <p>{t(open.reason === 'joining' ? 'indicator.card.joining' : 'indicator.card.yearly')}</p>
      <p>
        <Link to="/participation/$indicatorRequestId" params={{ indicatorRequestId: open.id }}>
          {t('indicator.card.answer')}
        </Link>
      </p>
    </section>
  );
}
