/** Money and time as the fee screens show and read them: integer euro cents and whole minutes, never floats. */
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function localeOf(language: string): string {
  return LOCALES[language] ?? 'fi-FI';
}

/** "1 234,50 €" in Finnish and Swedish, "€1,234.50" in English; the cents are exact. */
export function formatEuros(cents: number, language: string): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  const whole = Math.floor(abs / 100);
  const rest = abs % 100;
  // Euros are formatted from the whole part and the cents separately, so no float ever rounds a cent away.
  const parts = new Intl.NumberFormat(localeOf(language), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).formatToParts(whole);
  return sign + parts.map((p) => (p.type === 'fraction' ? String(rest).padStart(2, '0') : p.value)).join('');
}

/** The euros of an amount as a person would type them back: "12,50" (Finnish and Swedish) or "12.50". */
export function centsToInput(cents: number, language: string): string {
  const whole = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${whole}${language === 'en' ? '.' : ','}${rest}`;
}

/**
 * Reads euros typed by a person into integer cents: "12", "12,5", "12.50", "1 234,50", "12 €". Returns null
 * when the text is not an amount (letters, more than two decimals, two separators). The string is parsed
 * digit by digit, never through a float.
 */
export function parseEuros(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€$/, '')
    .replace(/^€/, '');
  const match = /^(\d{1,7})(?:[.,](\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return euros * 100 + cents;
}

/** Reads a whole number ("0", "12"); empty counts as 0 when `emptyIsZero`. Null when it is not one. */
export function parseWhole(text: string, emptyIsZero = true): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '');
  if (cleaned === '') return emptyIsZero ? 0 : null;
  return /^\d{1,6}$/.test(cleaned) ? Number(cleaned) : null;
}

/** Hours and minutes typed in two boxes, as minutes. Null when either is not a whole number or minutes > 59. */
export function parseHoursMinutes(hours: string, minutes: string): number | null {
  const h = parseWhole(hours);
  const m = parseWhole(minutes);
  if (h === null || m === null || m > 59) return null;
  return h * 60 + m;
}

/** Minutes as the two boxes show them. */
export function splitMinutes(total: number): { hours: string; minutes: string } {
  return { hours: String(Math.floor(total / 60)), minutes: String(total % 60) };
}
