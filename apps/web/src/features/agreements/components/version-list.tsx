import type { AgreementVersionDto, Locale } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { dayOf, LOCALES, textIn } from '../agreements.rules';
import { AgreementText } from './agreement-text';

const IN: Record<Locale, string> = { fi: 'inFi', sv: 'inSv', en: 'inEn' };

/** Every version, newest first, with what changed and the texts in all three languages on demand. */
export function VersionList({ versions }: { versions: readonly AgreementVersionDto[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="agreement-list" reversed>
      {versions.map((version) => (
        <li key={version.id} className="agreement-card">
          <h3 className="agreement-title">
            {t('agreements.admin.versionTitle', { number: version.number })}:{' '}
            {textIn(version.title, i18n.language)}
          </h3>
          <dl className="details details-inline">
            <dt>{t('agreements.admin.publishedAt')}</dt>
            <dd>{dayOf(version.publishedAt)}</dd>
            <dt>{t('agreements.admin.reacceptance')}</dt>
            <dd>
              {version.number === 1
                ? t('agreements.admin.firstVersion')
                : version.requiresReacceptance
                  ? t('agreements.admin.yes')
                  : t('agreements.admin.no')}
            </dd>
            <dt>{t('agreements.admin.changeNote')}</dt>
            <dd>{version.changeNote ?? t('agreements.admin.noChangeNote')}</dd>
          </dl>
          <details className="agreement-details">
            <summary>
              {t('agreements.admin.showTexts')}
              <span className="visually-hidden">
                : {t('agreements.admin.versionTitle', { number: version.number })}
              </span>
            </summary>
            {LOCALES.map((l) => (
              <section key={l} className="agreement-language" aria-label={t(`agreements.admin.${IN[l]}`)}>
                <h4>{t(`agreements.admin.${IN[l]}`)}</h4>
                <p lang={l}>
                  <strong>{version.title[l]}</strong>
                </p>
                <AgreementText body={version.body[l]} lang={l} />
              </section>
            ))}
          </details>
        </li>
      ))}
    </ol>
  );
}
