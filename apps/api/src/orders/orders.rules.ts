import {
  addBusinessDays,
  addDays,
  helsinkiDate,
  helsinkiInstant,
  IsoDate,
  isBusinessDay,
  weekday,
} from '../common/business-days';

/** How the fees module prices a product's task. */
export enum FeeBasis {
  Hourly = 'hourly',
  PerTask = 'per_task',
  PerMeeting = 'per_meeting',
}

export enum OrderMode {
  InPerson = 'in_person',
  Remote = 'remote',
  Hybrid = 'hybrid',
}

export enum OccurrenceStatus {
  Planned = 'planned',
  Delivered = 'delivered',
  Cancelled = 'cancelled',
}

/** The order's lifecycle (seed 003: after ordering the orderer always sees what happens next). */
export enum OrderStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  InMatching = 'in_matching',
  PartlyStaffed = 'partly_staffed',
  Staffed = 'staffed',
  Delivered = 'delivered',
  Closed = 'closed',
  Cancelled = 'cancelled',
}

export const ALL_ORDER_STATUSES: OrderStatus[] = Object.values(OrderStatus);

/** Orders the coordinators still have work on: the inbox. */
export const OPEN_STATUSES: OrderStatus[] = [
  OrderStatus.Submitted,
  OrderStatus.InMatching,
  OrderStatus.PartlyStaffed,
];

export const TERMINAL_STATUSES: OrderStatus[] = [OrderStatus.Closed, OrderStatus.Cancelled];

export type OrderCommand =
  | { type: 'submit' }
  | { type: 'startMatching' }
  /** Matching reports how many of the needed places are filled (the lowest over live occurrences). */
  | { type: 'staffingChanged'; staffed: number; needed: number }
  | { type: 'deliver' }
  | { type: 'close' }
  | { type: 'cancel' };

export type OrderCommandType = OrderCommand['type'];

export type Transition = { ok: true; to: OrderStatus } | { ok: false; reason: string };

function staffingStatus(staffed: number, needed: number): OrderStatus {
  if (staffed <= 0) return OrderStatus.InMatching;
  return staffed >= needed ? OrderStatus.Staffed : OrderStatus.PartlyStaffed;
}

/**
 * The state machine. Pure: the service loads the order, asks here, and writes the answer with the
 * timeline event in one transaction. A refused transition says why, for the 409 problem's detail.
 */
export function transition(from: OrderStatus, command: OrderCommand): Transition {
  const refuse = (reason: string): Transition => ({ ok: false, reason });
  switch (command.type) {
    case 'submit':
      return from === OrderStatus.Draft
        ? { ok: true, to: OrderStatus.Submitted }
        : refuse('Only a draft can be submitted.');
    case 'startMatching':
      return from === OrderStatus.Submitted
        ? { ok: true, to: OrderStatus.InMatching }
        : refuse('Only a submitted order can be taken into matching.');
    case 'staffingChanged': {
      if (![OrderStatus.InMatching, OrderStatus.PartlyStaffed, OrderStatus.Staffed].includes(from)) {
        return refuse('Staffing changes only while the order is in matching or staffed.');
      }
      if (
        !Number.isInteger(command.staffed) ||
        !Number.isInteger(command.needed) ||
        command.needed < 1 ||
        command.staffed < 0
      ) {
        return refuse('Staffing figures must be whole numbers and at least one expert must be needed.');
      }
      return { ok: true, to: staffingStatus(command.staffed, command.needed) };
    }
    case 'deliver':
      return from === OrderStatus.Staffed || from === OrderStatus.PartlyStaffed
        ? { ok: true, to: OrderStatus.Delivered }
        : refuse('Only a staffed order can be marked delivered.');
    case 'close':
      return from === OrderStatus.Delivered
        ? { ok: true, to: OrderStatus.Closed }
        : refuse('Only a delivered order can be closed.');
    case 'cancel':
      return TERMINAL_STATUSES.includes(from) || from === OrderStatus.Delivered
        ? refuse('A delivered, closed or cancelled order cannot be cancelled.')
        : { ok: true, to: OrderStatus.Cancelled };
    default: {
      const never: never = command;
      return never;
    }
  }
}

/** Whether the order's content (and schedule) may still be changed. */
export function canEdit(status: OrderStatus): boolean {
  return !TERMINAL_STATUSES.includes(status) && status !== OrderStatus.Delivered;
}

/** The schedule as a whole may be replaced only before anyone has been staffed to it. */
export function canReplaceSchedule(status: OrderStatus): boolean {
  return [OrderStatus.Draft, OrderStatus.Submitted, OrderStatus.InMatching].includes(status);
}

/** Who has the order now, for "what happens next". */
export type NextStepOwner = 'orderer' | 'coordinator' | 'experts' | 'nobody';

export interface NextStep {
  step:
    | 'submit'
    | 'coordinator_answer'
    | 'find_experts'
    | 'find_more_experts'
    | 'task_takes_place'
    | 'close'
    | 'none';
  owner: NextStepOwner;
}

export function nextStep(status: OrderStatus): NextStep {
  switch (status) {
    case OrderStatus.Draft:
      return { step: 'submit', owner: 'orderer' };
    case OrderStatus.Submitted:
      return { step: 'coordinator_answer', owner: 'coordinator' };
    case OrderStatus.InMatching:
      return { step: 'find_experts', owner: 'coordinator' };
    case OrderStatus.PartlyStaffed:
      return { step: 'find_more_experts', owner: 'coordinator' };
    case OrderStatus.Staffed:
      return { step: 'task_takes_place', owner: 'orderer' };
    case OrderStatus.Delivered:
      return { step: 'close', owner: 'coordinator' };
    case OrderStatus.Closed:
    case OrderStatus.Cancelled:
      return { step: 'none', owner: 'nobody' };
    default: {
      const never: never = status;
      return never;
    }
  }
}

/** The coordinators answer within N business days: the end (16:00 Helsinki) of the Nth business day after submission. */
export function answerDueAt(submittedAt: Date, businessDays: number): Date {
  return helsinkiInstant(addBusinessDays(helsinkiDate(submittedAt), businessDays), 16, 0);
}

/**
 * A cancellation is late (the fees module may pay a cancellation fee) when it comes after the start of the
 * Nth business day before the task, or after the task has started.
 */
export function isLateCancellation(now: Date, startsAt: Date, businessDaysBefore: number): boolean {
  if (now.getTime() >= startsAt.getTime()) return true;
  const cutoffDay = addBusinessDays(helsinkiDate(startsAt), -businessDaysBefore);
  return now.getTime() >= helsinkiInstant(cutoffDay).getTime();
}

/** One occurrence of an order, as the form or the series rule gives it. */
export interface OccurrenceDraft {
  startsAt: Date;
  endsAt: Date;
  place: string | null;
}

/** A weekly series in Helsinki wall-clock time: e.g. every Tuesday 13:00–15:00 on four wards for eight weeks. */
export interface WeeklySeries {
  /** The first day of the series (ISO date). */
  firstDate: IsoDate;
  /** ISO weekdays 1 (Monday) … 7 (Sunday). */
  weekdays: number[];
  /** "HH:MM" local time. */
  startTime: string;
  endTime: string;
  /** Every N weeks (1 = weekly). */
  intervalWeeks: number;
  /** How many weeks the series lasts. */
  weeks: number;
  /** One occurrence per place at each time (e.g. four wards); none = one occurrence without a place. */
  places: string[];
  /** Skip Finnish public holidays (default true). */
  skipHolidays: boolean;
}

export const MAX_OCCURRENCES = 500;

function minutesOf(time: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new RangeError(`Not a time of day: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a date. */
function isoWeekday(date: IsoDate): number {
  const d = weekday(date);
  return d === 0 ? 7 : d;
}

export type SeriesProblem = 'time_order' | 'no_weekdays' | 'too_many' | 'empty';

/**
 * Expands a weekly series into occurrences (DST-safe: wall-clock times in Helsinki). "For N weeks" means
 * N weeks' worth of each chosen weekday on or after the first date (every `intervalWeeks` weeks), whatever
 * weekday the first date falls on: "Tuesdays for 8 weeks from Friday the 18th" gives eight Tuesdays on
 * every place. A weekday holiday that is skipped is not moved elsewhere.
 */
export function expandWeeklySeries(
  series: WeeklySeries,
): { ok: true; occurrences: OccurrenceDraft[] } | { ok: false; problem: SeriesProblem } {
  const start = minutesOf(series.startTime);
  const end = minutesOf(series.endTime);
  if (end <= start) return { ok: false, problem: 'time_order' };
  const days = [...new Set(series.weekdays)].filter((d) => d >= 1 && d <= 7);
  if (days.length === 0) return { ok: false, problem: 'no_weekdays' };
  const places = series.places.length ? series.places : [null];
  const interval = Math.max(1, series.intervalWeeks);
  const perWeekday = Math.ceil(series.weeks / interval);
  const firstWeekday = isoWeekday(series.firstDate);
  const dates: IsoDate[] = [];
  for (const day of days) {
    const first = addDays(series.firstDate, (day - firstWeekday + 7) % 7);
    for (let n = 0; n < perWeekday; n++) {
      const date = addDays(first, n * interval * 7);
      if (series.skipHolidays && day <= 5 && !isBusinessDay(date)) continue;
      dates.push(date);
    }
  }
  if (dates.length * places.length > MAX_OCCURRENCES) return { ok: false, problem: 'too_many' };
  dates.sort();
  const occurrences: OccurrenceDraft[] = [];
  for (const date of dates) {
    for (const place of places) {
      occurrences.push({
        startsAt: helsinkiInstant(date, Math.floor(start / 60), start % 60),
        endsAt: helsinkiInstant(date, Math.floor(end / 60), end % 60),
        place,
      });
    }
  }
  return occurrences.length ? { ok: true, occurrences } : { ok: false, problem: 'empty' };
}

/** Occurrences in time order; each must end after it starts. */
export function checkOccurrences(
  list: OccurrenceDraft[],
): { ok: true; occurrences: OccurrenceDraft[] } | { ok: false; index: number } {
  const bad = list.findIndex((o) => !(o.endsAt.getTime() > o.startsAt.getTime()));
  if (bad >= 0) return { ok: false, index: bad };
  return { ok: true, occurrences: [...list].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()) };
}

/** What an order needs before it can be sent (a draft may lack any of it). */
export interface SubmittableOrder {
  description: string | null;
  languageCode: string | null;
  mode: 'in_person' | 'remote' | 'hybrid';
  place: string | null;
  municipalityCode: string | null;
  startsAt: Date | null;
}

/** Field → message for everything missing; empty when the order can be sent. */
export function missingForSubmit(o: SubmittableOrder): Record<string, string[]> {
  const missing: Record<string, string[]> = {};
  if (!o.description) missing.description = ['Tell what the task is about.'];
  if (!o.languageCode) missing.languageCode = ['Choose the language of the task.'];
  if (!o.startsAt) missing.schedule = ['Give at least one date and time.'];
  if (o.mode !== 'remote') {
    if (!o.place) missing.place = ['Tell where the task takes place.'];
    if (!o.municipalityCode)
      missing.municipalityCode = ['Choose the municipality where the task takes place.'];
  }
  return missing;
}

/** People-facing order number, e.g. T-2026-000123. */
export function orderNumber(year: number, sequence: number): string {
  return `T-${year}-${String(sequence).padStart(6, '0')}`;
}
