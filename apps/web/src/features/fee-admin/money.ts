/**
 * Money in the fee screens: the API counts integer euro cents; people read and type euros. Parsing works on
 * the text itself (never `parseFloat(x) * 100`), so "0,29" is exactly 29 cents, not 28.999….
 */
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "300,00 €" (fi, sv) or "€300.00" (en). */
export function formatEuros(cents: number, language: string): string {
  return new Intl.NumberFormat(LOCALES[language] ?? 'fi-FI', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

/** Spaces of any kind (thousands groups, NBSP), a euro sign around the number. */
const NOISE = /[\s\u00a0\u202f€]/g;
const EUROS = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** Euros typed with a decimal comma or point ("12,5", "1 200.00 €") as whole cents; null if not a sum. */
export function parseEuros(input: string): number | null {
  const found = EUROS.exec(input.replace(NOISE, ''));
  if (!found) return null;
  const whole = Number(found[1]);
  const fraction = Number((found[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** Cents as an editable euro text: "300,00" (fi, sv) or "300.00" (en), with no grouping. */
export function centsToInput(cents: number, language: string): string {
  const whole = Math.trunc(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  return `${whole}${language === 'en' ? '.' : ','}${fraction}`;
}
