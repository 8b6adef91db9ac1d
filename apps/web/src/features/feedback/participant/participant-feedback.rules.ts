import type { ItemTextDto, OccurrenceDto, OrderStatus, ParticipantLocale } from '@kokemus/api-client';
import type { Language } from '../../../shared/i18n/i18n';
import { itemText } from '../feedback-answers.rules';

/** The participant's choices, in the order they are offered: selkosuomi (plain Finnish) next to suomi. */
export const PARTICIPANT_LOCALES = [
  'fi',
  'selko',
  'sv',
  'en',
] as const satisfies readonly ParticipantLocale[];

/** Days after a task time ends that its participants' link still takes answers (the API's window). */
export const PARTICIPANT_LINK_DAYS_AFTER = 14;

/** The UI language behind a participant's choice: selkosuomi is Finnish with its own plain wordings. */
export function uiLanguageOf(locale: ParticipantLocale): Language {
  return locale === 'selko' ? 'fi' : locale;
}

/** The participant's starting choice: the browser's remembered language (never selkosuomi by itself). */
export function initialLocale(language: string): ParticipantLocale {
  return language === 'sv' || language === 'en' ? language : 'fi';
}

/** A question or title in the participant's choice; selkosuomi falls back to Finnish where it has no wording. */
export function participantText(text: ItemTextDto, locale: ParticipantLocale): string {
  return itemText(text, uiLanguageOf(locale), locale === 'selko');
}

/** The participant's choices named each in itself (not translated, by design), as language menus do. */
export const LOCALE_NAMES: Record<ParticipantLocale, string> = {
  fi: 'suomi',
  selko: 'selkosuomi',
  sv: 'svenska',
  en: 'English',
};

/** The language choice's name, the same in every language so that everyone finds it. */
export const LANGUAGE_CHOICE_LABEL = 'Kieli – Språk – Language';

/** The namespace of the plain-Finnish wordings (only some strings have one; the rest are Finnish as usual). */
export const SELKO_NAMESPACE = 'selko';

/** Where a UI string is looked up in the participant's choice: in selkosuomi its plain wording first. */
export function stringNamespaces(locale: ParticipantLocale): string[] | undefined {
  return locale === 'selko' ? [SELKO_NAMESPACE, 'translation'] : undefined;
}

/**
 * How many whole minutes to wait after a 429, rounded up (at least one), from `Retry-After`: seconds, or
 * an HTTP date. Null when the header is missing or unreadable.
 */
export function retryMinutes(retryAfter: string | null | undefined, now: number = Date.now()): number | null {
  if (!retryAfter?.trim()) return null;
  const value = retryAfter.trim();
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000;
  if (!Number.isFinite(seconds)) return null;
  return Math.max(1, Math.ceil(seconds / 60));
}

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "keskiviikko 18. marraskuuta klo 13.00": a moment as a person says it, in Helsinki time. */
export function formatMoment(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso));
}

/** "18.11.2026 klo 13.00" for the printed sheet (with the year), in Helsinki time. */
export function formatSheetMoment(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso));
}

const NO_SHEET_ORDER: readonly OrderStatus[] = ['draft', 'cancelled'];

/**
 * Whether a task time offers the participants' QR sheet: an order that was sent and not cancelled, a time
 * that was not cancelled and whose window (to 14 days after its end) is still open.
 */
export function participantSheetAvailable(
  orderStatus: OrderStatus,
  occurrence: Pick<OccurrenceDto, 'status' | 'endsAt'>,
  now: Date = new Date(),
): boolean {
  if (NO_SHEET_ORDER.includes(orderStatus) || occurrence.status === 'cancelled') return false;
  const closesAt = new Date(occurrence.endsAt).getTime() + PARTICIPANT_LINK_DAYS_AFTER * 86_400_000;
  return now.getTime() <= closesAt;
}
