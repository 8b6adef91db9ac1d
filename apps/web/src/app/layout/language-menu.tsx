import { useTranslation } from 'react-i18next';
import { LanguageMenu, LanguageMenuItem } from 'suomifi-ui-components';
import { useMe } from '../../features/auth/api/get-me';
import { useUpdateMe } from '../../features/auth/api/update-me';
import { currentLanguage, type Language, LANGUAGES } from '../../shared/i18n/i18n';
import { LANGUAGE_NAMES } from '../../shared/i18n/language-names';
import { rememberLanguageChoice } from '../session-sync';

/** Finnish, Swedish, English; once signed in, the choice is also saved as the person's preference. */
export function AppLanguageMenu() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const updateMe = useUpdateMe();
  const language = currentLanguage();

  const choose = (next: Language) => {
    void i18n.changeLanguage(next);
    if (me) {
      if (me.locale !== next) updateMe.mutate({ body: { locale: next } });
    } else {
      rememberLanguageChoice();
    }
  };

  return (
    <LanguageMenu
      id="language-menu"
      buttonText={
        <span lang={language}>
          {LANGUAGE_NAMES[language]} ({language.toUpperCase()})
        </span>
      }
      aria-label={t('shell.languageMenu', { language: LANGUAGE_NAMES[language] })}
    >
      {LANGUAGES.map((lng) => (
        <LanguageMenuItem key={lng} lang={lng} selected={lng === language} onSelect={() => choose(lng)}>
          {LANGUAGE_NAMES[lng]} ({lng.toUpperCase()})
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}
