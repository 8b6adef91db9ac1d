import type { MunicipalityDto } from '@kokemus/api-client';
import { parseDate } from '../../shared/format/date';

/** The API refuses younger applicants; under 18 a guardian is asked for consent. */
export const MIN_AGE = 15;
export const ADULT_AGE = 18;
const MAX_AGE = 110;

/** Full years on `day` (both "YYYY-MM-DD"): a birthday counts from its own day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export type BirthDateProblem = 'format' | 'future' | 'tooYoung' | 'tooOld';

/** What is wrong with a typed date of birth on `today`, or null when it will do. */
export function birthDateProblem(typed: string, today: string): BirthDateProblem | null {
  const iso = parseDate(typed);
  if (!iso) return 'format';
  if (iso > today) return 'future';
  const age = ageOn(iso, today);
  if (age < MIN_AGE) return 'tooYoung';
  if (age > MAX_AGE) return 'tooOld';
  return null;
}

/**
 * Whether the form asks for a guardian: the typed date is a real day and the applicant is 15–17 on
 * `today` (the caller's clock). An unfinished date, or one the form refuses anyway, asks nothing.
 */
export function needsGuardian(typed: string, today: string): boolean {
  const iso = parseDate(typed);
  if (iso === null || iso > today) return false;
  const age = ageOn(iso, today);
  return age >= MIN_AGE && age < ADULT_AGE;
}

/** Current municipalities in alphabetical order of the UI language (former ones have joined another). */
export function municipalityChoices(
  items: readonly MunicipalityDto[],
  language: string,
): { value: string; label: string }[] {
  return items
    .filter((m) => m.mergedInto === null)
    .map((m) => ({ value: m.code, label: language === 'sv' ? m.nameSv || m.nameFi : m.nameFi }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}

/** Retry-After in whole hours, rounded up (at least 1); null when the header was missing or unreadable. */
export function retryAfterHours(seconds: unknown): number | null {
  const n = typeof seconds === 'string' ? Number(seconds) : seconds;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.max(1, Math.ceil(n / 3600)) : null;
}

const LONG_DATE_LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A calendar date in words: "15. tammikuuta 2027", "15 januari 2027", "15 January 2027". */
export function longDate(iso: string, language: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(LONG_DATE_LOCALES[language] ?? 'fi-FI', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The newest year a course can be from: this year (the API refuses a future year). */
export function latestCourseYear(today: string): number {
  return Number(today.slice(0, 4));
}
