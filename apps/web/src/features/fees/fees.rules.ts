import type {
  ClaimDto,
  ClaimReportDto,
  ClaimStatus,
  ClaimSummaryDto,
  MoneyTotalsDto,
} from '@kokemus/api-client';
import { centsToInput, parseEuros } from '../../shared/format/money';
import { parseHoursMinutes, parseWhole, splitMinutes } from './duration';

export type Translate = (key: string, values?: Record<string, unknown>) => string;

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "ke 25.11." and "16" (or "16.30") in Helsinki time, for "by Wed 25.11. at 16". */
export function dueParts(iso: string, language: string): { day: string; time: string } {
  const locale = LOCALES[language] ?? 'fi-FI';
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    timeZone: 'Europe/Helsinki',
  }).format(date);
  const parts = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Helsinki',
  }).formatToParts(date);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? '0');
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  const separator = language === 'en' ? ':' : '.';
  return { day, time: minute === '00' && language !== 'en' ? String(hour) : `${hour}${separator}${minute}` };
}

/** A task day ("2026-11-18") as "18.11.2026" / "18/11/2026". */
export function formatDay(isoDate: string, language: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'fi-FI', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

type WhereClaim = Pick<ClaimSummaryDto, 'status' | 'owner' | 'ownerName' | 'dueAt' | 'overdue'>;

/**
 * Where a claim is now, in one plain sentence: what it waits for, who has it and by when —
 * "Odottaa tilaajan vahvistusta – Mikko Lehtonen, viimeistään ke 25.11. klo 16".
 */
export function whereNow(t: Translate, claim: WhereClaim, language: string): string {
  const state = t(`fees.where.${claim.status}`);
  const who =
    claim.ownerName && claim.owner !== 'expert' && claim.owner !== 'nobody' ? claim.ownerName : null;
  const finished = ['paid', 'cancelled'].includes(claim.status);
  const due = claim.dueAt && !finished ? dueParts(claim.dueAt, language) : null;
  let text = who ? `${state} – ${who}` : state;
  if (due && claim.overdue) text += `. ${t('fees.where.overdue', due)}`;
  else if (due) text += `, ${t('fees.where.due', due)}`;
  return text;
}

export const STEPS = ['made', 'sent', 'confirmed', 'approved', 'payroll', 'paid'] as const;
export type StepKey = (typeof STEPS)[number];
export type StepState = 'done' | 'current' | 'todo';

/** How many steps of the path a claim in each state has behind it (the next one is the current step). */
const DONE: Record<ClaimStatus, number> = {
  draft: 1,
  returned: 1,
  submitted: 2,
  confirmed: 3,
  approved: 4,
  rejected: 4,
  exported: 5,
  paid: 6,
  cancelled: 0,
};

/** The claim's path from made to paid, each step done, current or still to come. */
export function stepsOf(status: ClaimStatus): Array<{ key: StepKey; state: StepState }> {
  const done = DONE[status];
  return STEPS.map((key, i) => ({
    key,
    state: status === 'cancelled' ? 'todo' : i < done ? 'done' : i === done ? 'current' : 'todo',
  }));
}

export type CeilingLevel = 'none' | 'fine' | 'near' | 'reached' | 'over';

/** How close the month is to the expert's own ceiling; "near" from 80 %. */
export function ceilingLevel(totals: Pick<MoneyTotalsDto, 'ceilingCents' | 'monthEarningsCents'>): {
  level: CeilingLevel;
  leftCents: number;
  overCents: number;
  percent: number;
} {
  const ceiling = totals.ceilingCents;
  if (ceiling === null || ceiling <= 0) return { level: 'none', leftCents: 0, overCents: 0, percent: 0 };
  const used = totals.monthEarningsCents;
  const percent = Math.floor((used * 100) / ceiling);
  const leftCents = Math.max(0, ceiling - used);
  const overCents = Math.max(0, used - ceiling);
  const level = used > ceiling ? 'over' : used === ceiling ? 'reached' : percent >= 80 ? 'near' : 'fine';
  return { level, leftCents, overCents, percent };
}

/** The edit form's values: what the person typed, as text. */
export type ReportForm = {
  workedHours: string;
  workedMinutes: string;
  prepHours: string;
  prepMinutes: string;
  kilometres: string;
  tickets: string;
  expenses: Array<{ description: string; amount: string }>;
};

export function formOf(report: ClaimReportDto, language: string): ReportForm {
  const worked = splitMinutes(report.workedMinutes);
  const prep = splitMinutes(report.preparationMinutes);
  return {
    workedHours: worked.hours,
    workedMinutes: worked.minutes,
    prepHours: prep.hours,
    prepMinutes: prep.minutes,
    kilometres: String(report.kilometres),
    tickets: report.ticketsCents ? centsToInput(report.ticketsCents, language) : '0',
    expenses: report.expenses.map((e) => ({
      description: e.description,
      amount: centsToInput(e.amountCents, language),
    })),
  };
}

export const MAX_EXPENSES = 20;
const MAX_DAY_MINUTES = 1440;
const MAX_KILOMETRES = 2000;
const MAX_CENTS = 100_000;

/** A field of the form and the i18n key of what is wrong with it. */
export type ReportProblem = { field: string; key: string };

/**
 * Checks the form as the API will (0–24 h, 0–2000 km, amounts up to 1000 €, a described expense) and
 * returns the report in minutes and cents, or what to fix.
 */
export function readReport(form: ReportForm): { report: ClaimReportDto } | { problems: ReportProblem[] } {
  const problems: ReportProblem[] = [];
  const minutes = (h: string, m: string, field: string) => {
    const value = parseHoursMinutes(h, m);
    if (value === null) {
      const minuteBad = parseWhole(m) === null || (parseWhole(m) ?? 0) > 59;
      problems.push(
        minuteBad && parseWhole(h) !== null
          ? { field: field.replace('Hours', 'Minutes'), key: 'fees.validation.minutes' }
          : { field, key: 'fees.validation.hours' },
      );
      return 0;
    }
    if (value > MAX_DAY_MINUTES) problems.push({ field, key: 'fees.validation.dayTooLong' });
    return value;
  };
  const workedMinutes = minutes(form.workedHours, form.workedMinutes, 'workedHours');
  const preparationMinutes = minutes(form.prepHours, form.prepMinutes, 'prepHours');
  const kilometres = parseWhole(form.kilometres);
  if (kilometres === null || kilometres > MAX_KILOMETRES)
    problems.push({ field: 'kilometres', key: 'fees.validation.kilometres' });
  const ticketsCents = form.tickets.trim() === '' ? 0 : parseEuros(form.tickets);
  if (ticketsCents === null) problems.push({ field: 'tickets', key: 'fees.validation.euros' });
  else if (ticketsCents > MAX_CENTS) problems.push({ field: 'tickets', key: 'fees.validation.tooMuch' });
  const expenses = form.expenses.map((e, i) => {
    const description = e.description.trim();
    if (!description) problems.push({ field: `expenses.${i}.description`, key: 'fees.validation.describe' });
    else if (description.length > 200)
      problems.push({ field: `expenses.${i}.description`, key: 'fees.validation.tooLong' });
    const amountCents = parseEuros(e.amount);
    if (amountCents === null || amountCents === 0)
      problems.push({
        field: `expenses.${i}.amount`,
        key: e.amount.trim() ? 'fees.validation.euros' : 'fees.validation.amountMissing',
      });
    else if (amountCents > MAX_CENTS)
      problems.push({ field: `expenses.${i}.amount`, key: 'fees.validation.tooMuch' });
    return { description, amountCents: amountCents ?? 0 };
  });
  if (problems.length > 0) return { problems };
  return {
    report: {
      workedMinutes,
      preparationMinutes,
      kilometres: kilometres ?? 0,
      ticketsCents: ticketsCents ?? 0,
      expenses,
    },
  };
}

/** The API's name for a report field → the form's (`report.expenses.1.amountCents` → `expenses.1.amount`). */
export function formFieldOf(apiField: string): string | null {
  const path = apiField.replace(/^report\./, '');
  const fixed: Record<string, string> = {
    workedMinutes: 'workedHours',
    preparationMinutes: 'prepHours',
    kilometres: 'kilometres',
    ticketsCents: 'tickets',
  };
  if (fixed[path]) return fixed[path];
  const expense = /^expenses\.(\d+)\.(description|amountCents)$/.exec(path);
  if (expense) return `expenses.${expense[1]}.${expense[2] === 'amountCents' ? 'amount' : 'description'}`;
  return null;
}

/** The problem+json `ceiling` member of FEE_OVER_EARNINGS_CEILING, or the claim's own figures. */
export function ceilingOf(
  extensions: Readonly<Record<string, unknown>> | undefined,
  claim: Pick<ClaimDto, 'ceiling'>,
): { ceilingCents: number; monthAfterCents: number; overByCents: number } | null {
  const c = extensions?.ceiling as Record<string, unknown> | undefined;
  if (
    c &&
    typeof c.ceilingCents === 'number' &&
    typeof c.monthAfterCents === 'number' &&
    typeof c.overByCents === 'number'
  )
    return { ceilingCents: c.ceilingCents, monthAfterCents: c.monthAfterCents, overByCents: c.overByCents };
  return claim.ceiling;
}
