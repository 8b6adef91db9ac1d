/** Dates and times as people in the county read and type them: in Europe/Helsinki, in the UI's language. */
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'fi-FI', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(iso));
}

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

/** An ISO date as Finns write it ("2026-03-31" → "31.3.2026"); the same in Swedish, and the English UI uses it too. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** The ISO date of a calendar day; null when there is no such day (31.2.). */
function isoDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date as typed in Finland ("1.1.2027", "01.01.2027") as ISO ("2027-01-01"); null if it is not a real day. */
export function parseFinnishDate(text: string): string | null {
  const found = FINNISH_DATE.exec(text.trim());
  return found ? isoDay(Number(found[3]), Number(found[2]), Number(found[1])) : null;
}

/** A date as typed in Finland ("31.3.2026") or ISO ("2026-03-31"), as ISO; null when it is not a real date. */
export function parseDate(text: string): string | null {
  const iso = ISO_DATE.exec(text.trim());
  return iso ? isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) : parseFinnishDate(text);
}

/** "9", "9:00", "09.30" → "09:00"/"09:30"; null when it is not a time of day. */
export function normaliseTime(text: string): string | null {
  const found = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text.trim());
  if (!found) return null;
  const hours = Number(found[1]);
  const minutes = Number(found[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The Helsinki calendar date of an instant (today by default), "YYYY-MM-DD". */
export function helsinkiDate(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(instant);
}

const OFFSET_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  timeZoneName: 'longOffset',
});

/** Helsinki's UTC offset at an instant, as "+02:00" / "+03:00". */
function helsinkiOffsetAt(instant: number): string {
  const name =
    OFFSET_FORMAT.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const found = /([+-]\d{2}):?(\d{2})/.exec(name);
  return found ? `${found[1]}:${found[2]}` : '+00:00';
}

/** A Helsinki wall-clock date and time as ISO 8601 with its offset: ("2027-03-02", "13:00") → "2027-03-02T13:00:00+02:00". */
export function helsinkiIso(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const local = Date.UTC(y, m - 1, d, h, mi);
  // The offset two hours before the wall-clock time read as UTC is right except within a DST change.
  let offset = helsinkiOffsetAt(local - 2 * 3600_000);
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  offset = helsinkiOffsetAt(local - minutes * 60_000);
  return `${date}T${time}:00${offset}`;
}
