import { TZDate } from '@date-fns/tz';

/**
 * Finnish business days. "A day" is a calendar day in Europe/Helsinki; weekends and the public
 * holidays (plus Midsummer Eve and Christmas Eve, when offices are closed) are not business days.
 * Dates are plain `YYYY-MM-DD` strings so that no time zone can shift them.
 */
export const HELSINKI = 'Europe/Helsinki';

export type IsoDate = string;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function parts(date: IsoDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not an ISO date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Day arithmetic on the calendar (UTC is only a neutral carrier here). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The first date on or after `from` that falls on `dow`. */
function firstWeekdayFrom(from: IsoDate, dow: number): IsoDate {
  return addDays(from, (dow - weekday(from) + 7) % 7);
}

export interface Holiday {
  date: IsoDate;
  name: { fi: string; sv: string; en: string };
}

const cache = new Map<number, Holiday[]>();

export function finnishHolidays(year: number): Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const midsummerEve = firstWeekdayFrom(isoDate(year, 6, 19), 5);
  const list: Holiday[] = [
    { date: isoDate(year, 1, 1), name: { fi: 'Uudenvuodenpäivä', sv: 'Nyårsdagen', en: "New Year's Day" } },
    { date: isoDate(year, 1, 6), name: { fi: 'Loppiainen', sv: 'Trettondedagen', en: 'Epiphany' } },
    { date: addDays(easter, -2), name: { fi: 'Pitkäperjantai', sv: 'Långfredagen', en: 'Good Friday' } },
    { date: easter, name: { fi: 'Pääsiäispäivä', sv: 'Påskdagen', en: 'Easter Sunday' } },
    { date: addDays(easter, 1), name: { fi: '2. pääsiäispäivä', sv: 'Annandag påsk', en: 'Easter Monday' } },
    { date: isoDate(year, 5, 1), name: { fi: 'Vappu', sv: 'Första maj', en: 'May Day' } },
    { date: addDays(easter, 39), name: { fi: 'Helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' } },
    { date: addDays(easter, 49), name: { fi: 'Helluntaipäivä', sv: 'Pingstdagen', en: 'Whit Sunday' } },
    { date: midsummerEve, name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' } },
    { date: addDays(midsummerEve, 1), name: { fi: 'Juhannuspäivä', sv: 'Midsommardagen', en: 'Midsummer Day' } },
    {
      date: firstWeekdayFrom(isoDate(year, 10, 31), 6),
      name: { fi: 'Pyhäinpäivä', sv: 'Alla helgons dag', en: "All Saints' Day" },
    },
    { date: isoDate(year, 12, 6), name: { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen', en: 'Independence Day' } },
    { date: isoDate(year, 12, 24), name: { fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' } },
    { date: isoDate(year, 12, 25), name: { fi: 'Joulupäivä', sv: 'Juldagen', en: 'Christmas Day' } },
    { date: isoDate(year, 12, 26), name: { fi: 'Tapaninpäivä', sv: 'Annandag jul', en: "St Stephen's Day" } },
  ];
  list.sort((a, b) => a.date.localeCompare(b.date));
  cache.set(year, list);
  return list;
}

export function isHoliday(date: IsoDate): boolean {
  const [y] = parts(date);
  return finnishHolidays(y).some((h) => h.date === date);
}

export function isBusinessDay(date: IsoDate): boolean {
  const dow = weekday(date);
  return dow !== 0 && dow !== 6 && !isHoliday(date);
}

/**
 * Moves `n` business days from `date` (n may be negative). With n = 0, returns the date itself when it
 * is a business day, otherwise the next business day.
 */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  let current = date;
  if (n === 0) {
    while (!isBusinessDay(current)) current = addDays(current, 1);
    return current;
  }
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    current = addDays(current, step);
    if (isBusinessDay(current)) left--;
  }
  return current;
}

/** Days since 1970-01-01 of a calendar date. */
function dayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * Business days after `from` up to and including `to` (negative when `to` is earlier). Counted in whole
 * weeks plus the rest, less the weekday holidays in between: the cost grows with years, not days.
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  if (from === to) return 0;
  const forward = from < to;
  const [lo, hi] = forward ? [from, to] : [to, from];
  const weeks = Math.floor((dayNumber(hi) - dayNumber(lo)) / 7);
  let count = weeks * 5;
  for (let d = addDays(lo, weeks * 7); d < hi; ) {
    d = addDays(d, 1);
    const w = weekday(d);
    if (w !== 0 && w !== 6) count++;
  }
  for (let y = parts(lo)[0]; y <= parts(hi)[0]; y++) {
    for (const h of finnishHolidays(y)) {
      const w = weekday(h.date);
      if (h.date > lo && h.date <= hi && w !== 0 && w !== 6) count--;
    }
  }
  return forward ? count : -count;
}

/** The calendar date of an instant in Helsinki. */
export function helsinkiDate(instant: Date): IsoDate {
  const t = new TZDate(instant.getTime(), HELSINKI);
  return isoDate(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

/** The instant of a Helsinki wall-clock time on a date (e.g. the end of a business day, 16:00). */
export function helsinkiInstant(date: IsoDate, hour = 0, minute = 0): Date {
  const [y, m, d] = parts(date);
  return new Date(new TZDate(y, m - 1, d, hour, minute, 0, HELSINKI).getTime());
}
