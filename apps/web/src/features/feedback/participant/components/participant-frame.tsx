import type { ParticipantLocale } from '@kokemus/api-client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ParticipantLanguageChoice } from './participant-language-choice';
import { useParticipantT } from './use-participant-t';

/**
 * The participant's page around the form: no app shell, no menu, no sign-in; the service's name and the
 * language choice on top, then the content as the main landmark.
 */
export function ParticipantFrame({
  locale,
  onLocale,
  children,
}: {
  locale: ParticipantLocale;
  onLocale: (locale: ParticipantLocale) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const tp = useParticipantT(locale);
  return (
    <div className="participant-app">
      <header className="participant-header">
        <div className="participant-container participant-header-inner">
          <p className="participant-service">
            {t('app.name')} – {tp('participant.service')}
          </p>
          <ParticipantLanguageChoice locale={locale} onChange={onLocale} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="participant-container participant-main">
        {children}
      </main>
    </div>
  );
}
