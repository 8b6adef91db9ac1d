const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "ti 2.3.2027 klo 13.00–15.00" in the UI's language, in Helsinki time. */
export function formatTimeRange(startsAt: string, endsAt: string, language: string): string {
  const locale = LOCALES[language] ?? 'fi-FI';
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(startsAt));
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Helsinki',
  });
  return `${day} ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}
