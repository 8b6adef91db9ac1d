import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@kokemus/api-client';
import en from '../../i18n/en.json';
import fi from '../../i18n/fi.json';
import sv from '../../i18n/sv.json';

export const LANGUAGES = ['fi', 'sv', 'en'] as const satisfies readonly Locale[];
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'kokemus.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'fi';
  } catch {
    return 'fi';
  }
}

export const i18n = i18next.createInstance();

/** Finnish by default; the choice is remembered in this browser and, once signed in, on the account. */
export function initI18n(language: Language = storedLanguage()) {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      window.localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // Private windows may refuse storage; the language still applies to this visit.
    }
  });
  void i18n.use(initReactI18next).init({
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    lng: language,
    fallbackLng: 'fi',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18n;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'fi';
}
