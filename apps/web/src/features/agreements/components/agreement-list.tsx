import type { AgreementDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { acceptanceSummary, dayOf, textIn } from '../agreements.rules';

/** The documents as cards (a table does not fit 360 px), each headed by its title linking to its page. */
export function AgreementList({
  agreements,
  labelledBy,
}: {
  agreements: readonly AgreementDto[];
  labelledBy: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="agreement-list" aria-labelledby={labelledBy}>
      {agreements.map((agreement) => {
        const summary = acceptanceSummary(agreement);
        return (
          <li key={agreement.id} className="agreement-card">
            <h3 className="agreement-title">
              <Link to="/agreements/$agreementId" params={{ agreementId: agreement.id }}>
                {textIn(agreement.current.title, i18n.language)}
              </Link>
            </h3>
            <dl className="details details-inline">
              <dt>{t('agreements.admin.code')}</dt>
              <dd>{agreement.code}</dd>
              <dt>{t('agreements.admin.requiredLabel')}</dt>
              <dd>{agreement.required ? t('agreements.admin.yes') : t('agreements.admin.no')}</dd>
              <dt>{t('agreements.admin.currentVersion')}</dt>
              <dd>
                {t('agreements.admin.versionOn', {
                  number: agreement.current.number,
                  date: dayOf(agreement.current.publishedAt),
                })}
              </dd>
              <dt>{t('agreements.admin.acceptances')}</dt>
              <dd>
                {summary.kind === 'counts'
                  ? t('agreements.admin.counts', {
                      accepted: summary.accepted,
                      outstanding: summary.outstanding,
                    })
                  : t('agreements.admin.notFollowed')}
              </dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
