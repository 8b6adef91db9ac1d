import type {
  CreateOrderDto,
  NextStepDto,
  OccurrenceDto,
  OccurrenceInputDto,
  OrderDto,
  OrderMode,
  OrderStatus,
  ProductDto,
  Role,
  WeeklySeriesDto,
} from '@kokemus/api-client';
import { formatDate, helsinkiDate, helsinkiIso, normaliseTime, parseDate } from '../../shared/format/date';

export const ORDER_STATUSES = [
  'draft',
  'submitted',
  'in_matching',
  'partly_staffed',
  'staffed',
  'delivered',
  'closed',
  'cancelled',
] as const satisfies readonly OrderStatus[];
/** The statuses the coordinators' inbox holds (open orders). */
export const OPEN_STATUSES = [
  'submitted',
  'in_matching',
  'partly_staffed',
] as const satisfies readonly OrderStatus[];
export const ORDER_MODES = ['in_person', 'remote', 'hybrid'] as const satisfies readonly OrderMode[];
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const PERIODS = ['all', 'upcoming', 'next30', 'past'] as const;
export type Period = (typeof PERIODS)[number];

export function productDescription(product: ProductDto, language: string): string {
  if (language === 'sv') return product.descriptionSv || product.descriptionFi;
  if (language === 'en') return product.descriptionEn || product.descriptionFi;
  return product.descriptionFi;
}

/** "2 h", "1 h 30 min", "45 min" as i18n parts: hours and minutes. */
export function durationParts(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/**
 * "What happens next and who has it now", as i18n keys: the step in plain language, and who has the order.
 * The orderer reads "you" where the order is with them; others read "the orderer".
 */
export function nextStepText(
  next: NextStepDto,
  viewer: 'orderer' | 'coordinator',
): { step: string; owner: string } {
  const owner =
    next.owner === 'orderer' && viewer === 'orderer'
      ? 'orders.owner.you'
      : next.owner === 'coordinator' && viewer === 'coordinator'
        ? 'orders.owner.coordinators'
        : `orders.owner.${next.owner}`;
  return { step: `orders.nextStep.${viewer}.${next.step}`, owner };
}

export function viewerOf(roles: readonly Role[]): 'orderer' | 'coordinator' {
  return roles.includes('coordinator') ? 'coordinator' : 'orderer';
}

export type OrderAction = 'edit' | 'submit' | 'startMatching' | 'deliver' | 'close' | 'cancel';

/** What the person can do to the order now (the API decides; this only hides dead ends). */
export function actionsFor(status: OrderStatus, roles: readonly Role[]): OrderAction[] {
  const orderer = roles.includes('orderer');
  const coordinator = roles.includes('coordinator');
  const actions: OrderAction[] = [];
  if ((orderer || coordinator) && status === 'draft') actions.push('edit', 'submit');
  if (coordinator && status === 'submitted') actions.push('startMatching');
  if (orderer && (status === 'staffed' || status === 'partly_staffed')) actions.push('deliver');
  if (coordinator && status === 'delivered') actions.push('close');
  if ((orderer || coordinator) && !['delivered', 'closed', 'cancelled'].includes(status))
    actions.push('cancel');
  return actions;
}

/** One time of a series may be cancelled while the order can still change and other times remain. */
export function canCancelOccurrence(
  order: Pick<OrderDto, 'status' | 'occurrences'>,
  occurrence: OccurrenceDto,
) {
  if (['delivered', 'closed', 'cancelled'].includes(order.status) || occurrence.status !== 'planned')
    return false;
  return order.occurrences.some((o) => o.status === 'planned' && o.id !== occurrence.id);
}


/** The list filter's period as the API's `from`/`to` days (Helsinki). */
export function periodRange(
  period: Period | undefined,
  now: Date = new Date(),
): { from?: string; to?: string } {
  const today = helsinkiDate(now);
  const shift = (days: number) => helsinkiDate(new Date(now.getTime() + days * 86_400_000));
  switch (period) {
    case 'upcoming':
      return { from: today };
    case 'next30':
      return { from: today, to: shift(30) };
    case 'past':
      return { to: shift(-1) };
    default:
      return {};
  }
}

// ---------------------------------------------------------------- the order form

export type AreaWish = 'no' | 'preferred' | 'required';

export interface SingleTimeValues {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
}

export interface OrderFormValues {
  unitId: string;
  title: string;
  description: string;
  purpose: string;
  audience: string;
  audienceSize: string;
  mode: OrderMode;
  place: string;
  remoteLink: string;
  municipalityCode: string;
  languageCode: string;
  areas: Record<string, AreaWish>;
  expertCount: string;
  wishedTierCode: string;
  preparationNeeds: string;
  accessibilityNeeds: string;
  suitableForMinors: boolean;
  /** With children or young people: only experts with a valid criminal-record extract. */
  worksWithMinors: boolean;
  /** Demanding for the expert: supervision is offered before and after. */
  demanding: boolean;
  resultsReturn: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  scheduleKind: 'series' | 'single';
  seriesFirstDate: string;
  seriesWeekdays: number[];
  seriesStartTime: string;
  seriesEndTime: string;
  seriesWeeks: string;
  seriesIntervalWeeks: string;
  seriesPlaces: { value: string }[];
  seriesSkipHolidays: boolean;
  times: SingleTimeValues[];
}

export const NO_CHOICE = '';

export function emptyTime(): SingleTimeValues {
  return { date: '', startTime: '', endTime: '', place: '' };
}

/** A fresh form for a product: its defaults, the orderer as the contact person. */
export function newOrderValues(
  product: ProductDto,
  contact: { name: string; email: string },
  unitId: string,
): OrderFormValues {
  return {
    unitId,
    title: '',
    description: '',
    purpose: '',
    audience: '',
    audienceSize: '',
    mode: 'in_person',
    place: '',
    remoteLink: '',
    municipalityCode: NO_CHOICE,
    languageCode: 'fi',
    areas: {},
    expertCount: String(product.defaultExpertCount),
    wishedTierCode: NO_CHOICE,
    preparationNeeds: '',
    accessibilityNeeds: '',
    suitableForMinors: false,
    worksWithMinors: false,
    demanding: false,
    resultsReturn: '',
    contactName: contact.name,
    contactPhone: '',
    contactEmail: contact.email,
    scheduleKind: product.recurring ? 'series' : 'single',
    seriesFirstDate: '',
    seriesWeekdays: [],
    seriesStartTime: '',
    seriesEndTime: '',
    seriesWeeks: '',
    seriesIntervalWeeks: '1',
    seriesPlaces: [],
    seriesSkipHolidays: true,
    times: [emptyTime()],
  };
}

function helsinkiTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

/** A saved order (a draft being edited) as form values. */
export function orderToValues(order: OrderDto): OrderFormValues {
  const series = order.series;
  const planned = order.occurrences.filter((o) => o.status !== 'cancelled');
  return {
    unitId: order.unit.id,
    title: order.title,
    description: order.description ?? '',
    purpose: order.purpose ?? '',
    audience: order.audience ?? '',
    audienceSize: order.audienceSize === null ? '' : String(order.audienceSize),
    mode: order.mode,
    place: order.place ?? '',
    remoteLink: order.remoteLink ?? '',
    municipalityCode: order.municipalityCode ?? NO_CHOICE,
    languageCode: order.languageCode ?? NO_CHOICE,
    areas: Object.fromEntries(order.areas.map((a) => [a.code, a.required ? 'required' : 'preferred'])),
    expertCount: String(order.expertCount),
    wishedTierCode: order.wishedTierCode ?? NO_CHOICE,
    preparationNeeds: order.preparationNeeds ?? '',
    accessibilityNeeds: order.accessibilityNeeds ?? '',
    suitableForMinors: order.suitableForMinors,
    worksWithMinors: order.worksWithMinors,
    demanding: order.demanding,
    resultsReturn: order.resultsReturn ?? '',
    contactName: order.contactName,
    contactPhone: order.contactPhone ?? '',
    contactEmail: order.contactEmail,
    scheduleKind: series ? 'series' : 'single',
    seriesFirstDate: series ? formatDate(series.firstDate) : '',
    seriesWeekdays: series ? [...series.weekdays] : [],
    seriesStartTime: series?.startTime ?? '',
    seriesEndTime: series?.endTime ?? '',
    seriesWeeks: series ? String(series.weeks) : '',
    seriesIntervalWeeks: series ? String(series.intervalWeeks) : '1',
    seriesPlaces: (series?.places ?? []).map((value) => ({ value })),
    seriesSkipHolidays: series?.skipHolidays ?? true,
    times:
      !series && planned.length > 0
        ? planned.map((o) => ({
            date: formatDate(helsinkiDate(new Date(o.startsAt))),
            startTime: helsinkiTime(o.startsAt),
            endTime: helsinkiTime(o.endsAt),
            place: o.place ?? '',
          }))
        : [emptyTime()],
  };
}

const text = (value: string) => value.trim() || null;
const whole = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined);

/** The weekly series of the form, when it is filled in well enough to send; undefined otherwise. */
export function seriesToApi(values: OrderFormValues): WeeklySeriesDto | undefined {
  const firstDate = parseDate(values.seriesFirstDate);
  const startTime = normaliseTime(values.seriesStartTime);
  const endTime = normaliseTime(values.seriesEndTime);
  const weeks = whole(values.seriesWeeks);
  const intervalWeeks = whole(values.seriesIntervalWeeks) ?? 1;
  if (!firstDate || !startTime || !endTime || weeks === undefined || values.seriesWeekdays.length === 0)
    return undefined;
  return {
    firstDate,
    weekdays: [...new Set(values.seriesWeekdays)].sort((a, b) => a - b),
    startTime,
    endTime,
    intervalWeeks,
    weeks,
    places: [...new Set(values.seriesPlaces.map((p) => p.value.trim()).filter(Boolean))],
    skipHolidays: values.seriesSkipHolidays,
  };
}

/** The single times of the form that are filled in, as instants with Helsinki's offset. */
export function timesToApi(values: OrderFormValues): OccurrenceInputDto[] {
  return values.times.flatMap((time) => {
    const date = parseDate(time.date);
    const start = normaliseTime(time.startTime);
    const end = normaliseTime(time.endTime);
    if (!date || !start || !end) return [];
    return [{ startsAt: helsinkiIso(date, start), endsAt: helsinkiIso(date, end), place: text(time.place) }];
  });
}

function isBlankTime(time: SingleTimeValues) {
  return !time.date.trim() && !time.startTime.trim() && !time.endTime.trim() && !time.place.trim();
}

/** The form as the API's body (a new order); what is left blank is left out or null. */
export function toOrderBody(values: OrderFormValues, productCode: string, submit: boolean): CreateOrderDto {
  const schedule =
    values.scheduleKind === 'series'
      ? (() => {
          const series = seriesToApi(values);
          return series ? { series } : undefined;
        })()
      : (() => {
          const occurrences = timesToApi(values);
          return occurrences.length ? { occurrences } : undefined;
        })();
  const areas = Object.entries(values.areas)
    .filter(([, wish]) => wish !== 'no')
    .map(([code, wish]) => ({ code, required: wish === 'required' }));
  return {
    submit,
    unitId: values.unitId,
    productCode,
    title: values.title.trim(),
    description: text(values.description),
    purpose: text(values.purpose),
    audience: text(values.audience),
    audienceSize: whole(values.audienceSize) ?? null,
    mode: values.mode,
    place: text(values.place),
    remoteLink: values.mode === 'in_person' ? null : text(values.remoteLink),
    municipalityCode: text(values.municipalityCode),
    languageCode: text(values.languageCode),
    areas,
    expertCount: whole(values.expertCount),
    wishedTierCode: text(values.wishedTierCode),
    preparationNeeds: text(values.preparationNeeds),
    accessibilityNeeds: text(values.accessibilityNeeds),
    suitableForMinors: values.suitableForMinors,
    worksWithMinors: values.worksWithMinors,
    demanding: values.demanding,
    resultsReturn: text(values.resultsReturn),
    contactName: values.contactName.trim() || undefined,
    contactPhone: text(values.contactPhone),
    contactEmail: values.contactEmail.trim() || undefined,
    schedule,
  };
}

/** The same body for a change to a draft (no unit, no submit flag). */
export function toUpdateBody(values: OrderFormValues, productCode: string) {
  const { submit: _submit, unitId: _unitId, ...body } = toOrderBody(values, productCode, false);
  return body;
}

type Issue = { field: string; key: string; values?: Record<string, string | number> };

/**
 * Field problems the person can fix before anything is sent, as i18n keys. A draft needs only a title and
 * well-formed values; sending needs what the coordinators need to find experts.
 */
export function checkOrder(
  values: OrderFormValues,
  intent: 'draft' | 'send',
  pairRequired: boolean,
): Issue[] {
  const issues: Issue[] = [];
  const need = (field: string, ok: boolean, key = 'validation.required') => {
    if (!ok) issues.push({ field, key });
  };
  need('title', values.title.trim() !== '');
  if (values.title.length > 200)
    issues.push({ field: 'title', key: 'validation.tooLong', values: { max: 200 } });
  if (values.audienceSize.trim() && whole(values.audienceSize) === undefined)
    issues.push({ field: 'audienceSize', key: 'orders.form.wholeNumber' });
  const count = whole(values.expertCount);
  if (count === undefined || count < 1 || count > 20)
    issues.push({ field: 'expertCount', key: 'orders.form.expertCountRange' });
  else if (pairRequired && count < 2) issues.push({ field: 'expertCount', key: 'orders.form.pairNeeded' });
  if (
    values.mode !== 'in_person' &&
    values.remoteLink.trim() &&
    !/^https:\/\/\S+$/.test(values.remoteLink.trim())
  )
    issues.push({ field: 'remoteLink', key: 'orders.form.httpsLink' });
  if (values.contactEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.contactEmail.trim()))
    issues.push({ field: 'contactEmail', key: 'validation.email' });
  if (values.contactPhone.trim() && !/^\+?[0-9 ()-]{5,40}$/.test(values.contactPhone.trim()))
    issues.push({ field: 'contactPhone', key: 'orders.form.phoneFormat' });
  need('contactName', values.contactName.trim() !== '');

  // The schedule: what is written must be readable; sending needs a complete schedule.
  if (values.scheduleKind === 'series') {
    const touched =
      values.seriesFirstDate.trim() ||
      values.seriesStartTime.trim() ||
      values.seriesEndTime.trim() ||
      values.seriesWeeks.trim() ||
      values.seriesWeekdays.length > 0;
    if (touched || intent === 'send') {
      if (!parseDate(values.seriesFirstDate))
        issues.push({
          field: 'seriesFirstDate',
          key: values.seriesFirstDate.trim() ? 'orders.form.dateFormat' : 'validation.required',
        });
      if (values.seriesWeekdays.length === 0)
        issues.push({ field: 'seriesWeekdays', key: 'orders.form.chooseWeekday' });
      const start = normaliseTime(values.seriesStartTime);
      const end = normaliseTime(values.seriesEndTime);
      if (!start)
        issues.push({
          field: 'seriesStartTime',
          key: values.seriesStartTime.trim() ? 'orders.form.timeFormat' : 'validation.required',
        });
      if (!end)
        issues.push({
          field: 'seriesEndTime',
          key: values.seriesEndTime.trim() ? 'orders.form.timeFormat' : 'validation.required',
        });
      if (start && end && end <= start)
        issues.push({ field: 'seriesEndTime', key: 'orders.form.endAfterStart' });
      const weeks = whole(values.seriesWeeks);
      if (weeks === undefined || weeks < 1 || weeks > 52)
        issues.push({ field: 'seriesWeeks', key: 'orders.form.weeksRange' });
    }
  } else {
    values.times.forEach((time, i) => {
      if (isBlankTime(time) && (intent === 'draft' || i > 0)) return;
      if (!parseDate(time.date))
        issues.push({
          field: `times.${i}.date`,
          key: time.date.trim() ? 'orders.form.dateFormat' : 'validation.required',
        });
      const start = normaliseTime(time.startTime);
      const end = normaliseTime(time.endTime);
      if (!start)
        issues.push({
          field: `times.${i}.startTime`,
          key: time.startTime.trim() ? 'orders.form.timeFormat' : 'validation.required',
        });
      if (!end)
        issues.push({
          field: `times.${i}.endTime`,
          key: time.endTime.trim() ? 'orders.form.timeFormat' : 'validation.required',
        });
      if (start && end && end <= start)
        issues.push({ field: `times.${i}.endTime`, key: 'orders.form.endAfterStart' });
    });
  }

  if (intent === 'send') {
    need('description', values.description.trim() !== '');
    need('languageCode', values.languageCode !== NO_CHOICE);
    if (values.mode !== 'remote') {
      need('place', values.place.trim() !== '');
      need('municipalityCode', values.municipalityCode !== NO_CHOICE);
    } else {
      need('remoteLink', values.remoteLink.trim() !== '');
    }
  }
  return issues;
}

/** Which step of the guided form holds a field. */
export function stepOfField(field: string): 'details' | 'schedule' {
  return field.startsWith('series') || field.startsWith('times') || field === 'schedule'
    ? 'schedule'
    : 'details';
}

/** Maps the API's field names (`schedule.series.weeks`) to the form's (`seriesWeeks`). */
export function formFieldOf(apiField: string): string | null {
  const series = /^schedule\.series\.(\w+)/.exec(apiField);
  if (series) {
    const map: Record<string, string> = {
      firstDate: 'seriesFirstDate',
      weekdays: 'seriesWeekdays',
      startTime: 'seriesStartTime',
      endTime: 'seriesEndTime',
      weeks: 'seriesWeeks',
      intervalWeeks: 'seriesIntervalWeeks',
      places: 'seriesPlaces',
    };
    return map[series[1]] ?? 'schedule';
  }
  const occurrence = /^schedule\.occurrences\.(\d+)\.(\w+)/.exec(apiField);
  if (occurrence)
    return `times.${occurrence[1]}.${occurrence[2] === 'endsAt' ? 'endTime' : occurrence[2] === 'place' ? 'place' : 'date'}`;
  if (apiField.startsWith('schedule')) return 'schedule';
  if (apiField.startsWith('areas')) return 'areas';
  return apiField;
}

/**
 * The times a weekly series makes, before holidays are left out (the API leaves them out and has the
 * final list): for the review step's "about N times".
 */
export function seriesPreview(series: WeeklySeriesDto): {
  count: number;
  first: string | null;
  last: string | null;
} {
  // As the API counts: `weeks / intervalWeeks` of each chosen weekday on or after the first date.
  const [y, m, d] = series.firstDate.split('-').map(Number);
  const first = Date.UTC(y, m - 1, d);
  const firstWeekday = ((new Date(first).getUTCDay() + 6) % 7) + 1;
  const interval = Math.max(1, series.intervalWeeks);
  const perWeekday = Math.ceil(series.weeks / interval);
  const dates: string[] = [];
  for (const day of new Set(series.weekdays)) {
    const firstOfDay = first + ((day - firstWeekday + 7) % 7) * 86_400_000;
    for (let n = 0; n < perWeekday; n++)
      dates.push(new Date(firstOfDay + n * interval * 7 * 86_400_000).toISOString().slice(0, 10));
  }
  dates.sort();
  const places = Math.max(1, series.places.length);
  return { count: dates.length * places, first: dates[0] ?? null, last: dates.at(-1) ?? null };
}

/** Occurrences grouped by their start (a series on four wards: one group per time, a row per ward). */
export function groupOccurrences(
  occurrences: readonly OccurrenceDto[],
): { startsAt: string; endsAt: string; items: OccurrenceDto[] }[] {
  const groups = new Map<string, { startsAt: string; endsAt: string; items: OccurrenceDto[] }>();
  for (const o of [...occurrences].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || (a.place ?? '').localeCompare(b.place ?? ''),
  )) {
    const key = `${o.startsAt}|${o.endsAt}`;
    const group = groups.get(key) ?? { startsAt: o.startsAt, endsAt: o.endsAt, items: [] };
    group.items.push(o);
    groups.set(key, group);
  }
  return [...groups.values()];
}
