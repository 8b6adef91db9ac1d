import type { MyAgreementDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { dayOf, hasNewerMinorVersion, textIn } from '../agreements.rules';
import { AgreementText } from './agreement-text';

/** A document accepted (with the day) or one only to read; its text stays one tap away. */
export function AgreementCard({ item }: { item: MyAgreementDto }) {
  const { t, i18n } = useTranslation();
  const id = `agreement-${item.documentId}`;
  return (
    <li className="agreement-card">
      <h3 id={`${id}-title`} className="agreement-title">
        {textIn(item.current.title, i18n.language)}
      </h3>
      {item.acceptedAt ? (
        <>
          <p className="agreement-meta">
            <strong>{t('agreements.mine.acceptedOn', { date: dayOf(item.acceptedAt) })}</strong>
            {item.acceptedVersionNumber !== null ? (
              <> {t('agreements.mine.acceptedVersion', { number: item.acceptedVersionNumber })}</>
            ) : null}
          </p>
          {hasNewerMinorVersion(item) ? (
            <p className="agreement-meta">
              {t('agreements.mine.minorCorrection', { number: item.current.number })}
            </p>
          ) : null}
        </>
      ) : (
        <p className="agreement-meta">
          {t('agreements.mine.version', {
            number: item.current.number,
            date: dayOf(item.current.publishedAt),
          })}
        </p>
      )}
      <details className="agreement-details">
        <summary>
          {t('agreements.mine.readText')}
          <span className="visually-hidden">: {textIn(item.current.title, i18n.language)}</span>
        </summary>
        <AgreementText body={textIn(item.current.body, i18n.language)} />
      </details>
    </li>
  );
}
