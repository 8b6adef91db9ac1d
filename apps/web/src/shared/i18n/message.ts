import type { TFunction } from 'i18next';

/**
 * A translatable message kept as data, so form errors set now are shown in whatever language is chosen
 * later. Encoded as a string because react-hook-form keeps error messages as strings.
 */
const PREFIX = 'i18n:';

export function message(key: string, values?: Record<string, string | number>): string {
  return values ? `${PREFIX}${key}|${JSON.stringify(values)}` : `${PREFIX}${key}`;
}

export function translateMessage(t: TFunction, text: string | undefined): string {
  if (!text) return '';
  if (!text.startsWith(PREFIX)) return text;
  const body = text.slice(PREFIX.length);
  const bar = body.indexOf('|');
  if (bar < 0) return t(body);
  return t(body.slice(0, bar), JSON.parse(body.slice(bar + 1)) as Record<string, string | number>);
}
