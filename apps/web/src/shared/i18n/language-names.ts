import type { Language } from './i18n';

/** Each language named in itself (not translated, by design), as language menus do. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};
