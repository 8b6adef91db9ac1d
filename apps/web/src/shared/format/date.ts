/** Dates and times as people in the county read them: in Europe/Helsinki, in the UI's language. */
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'fi-FI', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso));
}
