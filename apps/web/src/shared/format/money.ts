/**
 * Money as people read and type it: the API counts integer euro cents; people read and type euros. Parsing
 * works on the text itself (never `parseFloat(x) * 100`), so "0,29" is exactly 29 cents, not 28.999….
 */
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "1 234,50 €" in Finnish and Swedish, "€1,234.50" in English; the cents are exact. */
export function formatEuros(cents: number, language: string): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  const whole = Math.floor(abs / 100);
  const rest = abs % 100;
  // Euros are formatted from the whole part and the cents separately, so no float ever rounds a cent away.
  const parts = new Intl.NumberFormat(LOCALES[language] ?? 'fi-FI', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).formatToParts(whole);
  return sign + parts.map((p) => (p.type === 'fraction' ? String(rest).padStart(2, '0') : p.value)).join('');
}

/** Cents as an editable euro text, as a person would type it back: "12,50" (fi, sv) or "12.50" (en), no grouping. */
export function centsToInput(cents: number, language: string): string {
  const whole = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${whole}${language === 'en' ? '.' : ','}${rest}`;
}

/**
 * Reads euros typed by a person into integer cents: "12", "12,5", "12.50", "1 234,50", "12 €". Returns null
 * when the text is not an amount (letters, a sign, more than two decimals, a separator without decimals after
 * it, two separators, more than seven digits of euros).
 */
export function parseEuros(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€$/, '')
    .replace(/^€/, '');
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return euros * 100 + cents;
}

/** An optional amount (a ceiling) for an input: whole euros as "1500", otherwise "1500,50"; empty for none. */
export function centsToEuroText(cents: number | null): string {
  if (cents === null) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** An optional amount as typed ("1 500", "1500,5", "1500.50 €") in integer cents; null when empty, NaN when not a sum. */
export function euroTextToCents(text: string): number | null {
  if (text.replace(/[\s\u00a0\u202f€]/g, '') === '') return null;
  return parseEuros(text) ?? Number.NaN;
}
