// Fees: pure rules (no database, no framework). Money is integer euro cents everywhere.
import { FeeBasis } from '../orders/orders.rules';
import { PaymentMethod } from '../registry/registry.rules';

// The fee basis of a product and the expert's payment method are the orders' and the registry's own:
// hourly / per task / per meeting; payroll / invoice (work compensation, accounts payable) / through the
// NGO (the NGO invoices, accounts payable) / volunteer (expenses only).
export { FeeBasis, PaymentMethod };

export enum LineKind {
  Fee = 'fee',
  Preparation = 'preparation',
  Mileage = 'mileage',
  Ticket = 'ticket',
  Expense = 'expense',
}

/** Incomes Register (Tulorekisteri) income types used by default; the table itself is editable data. */
export const INCOME_TYPE = {
  TimeRatePay: '201',
  MeetingFee: '210',
  LectureFee: '214',
  TaxFreeMileage: '311',
  WorkCompensation: '336',
  /** Not an Incomes Register code: a reimbursement of actual costs against receipts, not reported. */
  Expense: 'expense',
} as const;

/** One rate of a fee schedule: a tier × task type (or product). */
export interface Rate {
  basis: FeeBasis;
  /** Per hour, per task or per meeting. */
  amountCents: number;
  /** Hourly work is paid for at least this long (e.g. 60 min). */
  minBillableMinutes: number;
  /** Preparation paid up to this long; 0 = none. */
  paidPreparationMinutes: number;
  /** The hourly price of preparation; null = the rate's own amount when hourly. */
  preparationHourlyCents: number | null;
  incomeTypeCode: string;
}

/** What the expert reports (prefilled from the task and the schedule). */
export interface Report {
  workedMinutes: number;
  preparationMinutes: number;
  kilometres: number;
  ticketsCents: number;
  expenses: Array<{ description: string; amountCents: number }>;
}

export interface ClaimLine {
  kind: LineKind;
  description: string;
  /** Minutes, kilometres or 1. */
  quantity: number;
  /** Price of one unit in cents (per hour for minutes-based lines). */
  unitCents: number;
  amountCents: number;
  incomeTypeCode: string;
}

export class FeeRuleError extends Error {
  constructor(
    readonly code: 'NO_RATE' | 'NO_MILEAGE_RATE' | 'INVALID_REPORT',
    message: string,
  ) {
    super(message);
  }
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/** Checks a report; returns the first problem or null. */
export function reportProblem(r: Report): string | null {
  if (!isCount(r.workedMinutes) || r.workedMinutes > 24 * 60) return 'workedMinutes';
  if (!isCount(r.preparationMinutes) || r.preparationMinutes > 24 * 60) return 'preparationMinutes';
  if (!isCount(r.kilometres) || r.kilometres > 2000) return 'kilometres';
  if (!isCount(r.ticketsCents) || r.ticketsCents > 100_000) return 'ticketsCents';
  if (r.expenses.length > 20) return 'expenses';
  for (const e of r.expenses) {
    if (!e.description.trim() || !isCount(e.amountCents) || e.amountCents === 0 || e.amountCents > 100_000)
      return 'expenses';
  }
  return null;
}

/** minutes × hourly cents / 60, rounded half up to the cent. */
export function hourlyAmount(minutes: number, hourlyCents: number): number {
  return Math.round((minutes * hourlyCents) / 60);
}

/**
 * The lines of a claim: the fee by the schedule in force on the task's date (none for volunteers),
 * preparation, kilometres at the year's rate, tickets and other expenses. Work compensation (invoice)
 * carries income type 336 for the fee; an NGO's invoice is not the expert's income (no type).
 */
export function claimLines(input: {
  rate: Rate | null;
  paymentMethod: PaymentMethod;
  report: Report;
  /** Cents per kilometre for the task's year; null when the year has no rate. */
  mileageCentsPerKm: number | null;
  /** A fraction of the fee (1 = in full): a late cancellation's share times a trainee's share; 0 pays costs only. */
  feeShare?: number;
}): ClaimLine[] {
  const { rate, paymentMethod, report } = input;
  const problem = reportProblem(report);
  if (problem) throw new FeeRuleError('INVALID_REPORT', `Not a valid ${problem}.`);
  const lines: ClaimLine[] = [];
  const share = input.feeShare ?? 1;
  // a share of nothing (a trainee's task where the schedule pays trainees expenses only) has no fee lines
  if (paymentMethod !== PaymentMethod.Volunteer && share > 0) {
    if (!rate) throw new FeeRuleError('NO_RATE', 'The fee schedule has no rate for this tier and task.');
    const feeType =
      paymentMethod === PaymentMethod.Invoice
        ? INCOME_TYPE.WorkCompensation
        : paymentMethod === PaymentMethod.Ngo
          ? ''
          : rate.incomeTypeCode;
    if (rate.basis === FeeBasis.Hourly) {
      const minutes = Math.max(report.workedMinutes, rate.minBillableMinutes);
      lines.push({
        kind: LineKind.Fee,
        description: 'fee',
        quantity: minutes,
        unitCents: rate.amountCents,
        amountCents: Math.round(hourlyAmount(minutes, rate.amountCents) * share),
        incomeTypeCode: feeType,
      });
    } else {
      lines.push({
        kind: LineKind.Fee,
        description: 'fee',
        quantity: 1,
        unitCents: rate.amountCents,
        amountCents: Math.round(rate.amountCents * share),
        incomeTypeCode: feeType,
      });
    }
    const prepHourly = rate.preparationHourlyCents ?? (rate.basis === FeeBasis.Hourly ? rate.amountCents : 0);
    const prepMinutes = Math.min(report.preparationMinutes, rate.paidPreparationMinutes);
    if (prepMinutes > 0 && prepHourly > 0 && share > 0) {
      lines.push({
        kind: LineKind.Preparation,
        description: 'preparation',
        quantity: prepMinutes,
        unitCents: prepHourly,
        amountCents: Math.round(hourlyAmount(prepMinutes, prepHourly) * share),
        incomeTypeCode: feeType,
      });
    }
  }
  if (report.kilometres > 0) {
    if (input.mileageCentsPerKm === null)
      throw new FeeRuleError('NO_MILEAGE_RATE', 'No kilometre rate for the year of the task or any year before it.');
    lines.push({
      kind: LineKind.Mileage,
      description: 'mileage',
      quantity: report.kilometres,
      unitCents: input.mileageCentsPerKm,
      amountCents: report.kilometres * input.mileageCentsPerKm,
      incomeTypeCode: INCOME_TYPE.TaxFreeMileage,
    });
  }
  if (report.ticketsCents > 0) {
    lines.push({
      kind: LineKind.Ticket,
      description: 'tickets',
      quantity: 1,
      unitCents: report.ticketsCents,
      amountCents: report.ticketsCents,
      incomeTypeCode: INCOME_TYPE.Expense,
    });
  }
  for (const e of report.expenses) {
    lines.push({
      kind: LineKind.Expense,
      description: e.description.trim(),
      quantity: 1,
      unitCents: e.amountCents,
      amountCents: e.amountCents,
      incomeTypeCode: INCOME_TYPE.Expense,
    });
  }
  return lines;
}

export const totalCents = (lines: Array<{ amountCents: number }>) =>
  lines.reduce((s, l) => s + l.amountCents, 0);

/** Earnings (what counts towards an earnings ceiling): fees and preparation, not reimbursed costs. */
export const earningsCents = (lines: Array<{ kind: LineKind; amountCents: number }>) =>
  totalCents(lines.filter((l) => l.kind === LineKind.Fee || l.kind === LineKind.Preparation));

/** Would this claim take the month over the expert's own ceiling? null when no ceiling is set. */
export function ceilingCheck(input: {
  ceilingCents: number | null;
  /** Earnings already claimed in the month (other claims not returned or cancelled). */
  monthEarningsCents: number;
  claimEarningsCents: number;
}): { ceilingCents: number; monthAfterCents: number; overByCents: number } | null {
  if (input.ceilingCents === null) return null;
  const after = input.monthEarningsCents + input.claimEarningsCents;
  return {
    ceilingCents: input.ceilingCents,
    monthAfterCents: after,
    overByCents: Math.max(0, after - input.ceilingCents),
  };
}

// ------------------------------------------------------------------ the claim's path

export enum ClaimStatus {
  /** The expert checks hours, kilometres and expenses. */
  Draft = 'draft',
  /** The orderer confirms the task took place as reported. */
  Submitted = 'submitted',
  /** The cost centre's approver approves. */
  Confirmed = 'confirmed',
  /** Ready for payroll (or accounts payable). */
  Approved = 'approved',
  /** In an export batch. */
  Exported = 'exported',
  Paid = 'paid',
  /** Sent back to the expert with a reason. */
  Returned = 'returned',
  /** Payroll rejected a line; the coordinator sorts it out. */
  Rejected = 'rejected',
  Cancelled = 'cancelled',
}

export enum ClaimCommand {
  Submit = 'submit',
  Confirm = 'confirm',
  Approve = 'approve',
  Return = 'return',
  Export = 'export',
  Pay = 'pay',
  Reject = 'reject',
  /** The coordinator puts a rejected claim back for payroll after fixing what was wrong. */
  Reapprove = 'reapprove',
  /** A batch that never reached payroll is released by a person: its claims wait for the next batch. */
  Release = 'release',
  Cancel = 'cancel',
}

/** Who has the claim at each step. */
export enum ClaimOwner {
  Expert = 'expert',
  Orderer = 'orderer',
  Approver = 'approver',
  Payroll = 'payroll',
  Coordinator = 'coordinator',
  Nobody = 'nobody',
}

const TRANSITIONS: Record<ClaimCommand, Partial<Record<ClaimStatus, ClaimStatus>>> = {
  [ClaimCommand.Submit]: {
    [ClaimStatus.Draft]: ClaimStatus.Submitted,
    [ClaimStatus.Returned]: ClaimStatus.Submitted,
  },
  [ClaimCommand.Confirm]: { [ClaimStatus.Submitted]: ClaimStatus.Confirmed },
  [ClaimCommand.Approve]: { [ClaimStatus.Confirmed]: ClaimStatus.Approved },
  [ClaimCommand.Return]: {
    [ClaimStatus.Submitted]: ClaimStatus.Returned,
    [ClaimStatus.Confirmed]: ClaimStatus.Returned,
    [ClaimStatus.Approved]: ClaimStatus.Returned,
    [ClaimStatus.Rejected]: ClaimStatus.Returned,
  },
  [ClaimCommand.Export]: { [ClaimStatus.Approved]: ClaimStatus.Exported },
  [ClaimCommand.Pay]: { [ClaimStatus.Exported]: ClaimStatus.Paid },
  [ClaimCommand.Reject]: { [ClaimStatus.Exported]: ClaimStatus.Rejected },
  [ClaimCommand.Reapprove]: { [ClaimStatus.Rejected]: ClaimStatus.Approved },
  [ClaimCommand.Release]: { [ClaimStatus.Exported]: ClaimStatus.Approved },
  [ClaimCommand.Cancel]: {
    [ClaimStatus.Draft]: ClaimStatus.Cancelled,
    [ClaimStatus.Submitted]: ClaimStatus.Cancelled,
    [ClaimStatus.Confirmed]: ClaimStatus.Cancelled,
    [ClaimStatus.Returned]: ClaimStatus.Cancelled,
  },
};

/** The state after a command, or null when the command is not allowed in this state. */
export function nextClaimStatus(status: ClaimStatus, command: ClaimCommand): ClaimStatus | null {
  return TRANSITIONS[command][status] ?? null;
}

export function allowedClaimCommands(status: ClaimStatus): ClaimCommand[] {
  return (Object.keys(TRANSITIONS) as ClaimCommand[]).filter((c) => TRANSITIONS[c][status] !== undefined);
}

export function ownerOf(status: ClaimStatus): ClaimOwner {
  switch (status) {
    case ClaimStatus.Draft:
    case ClaimStatus.Returned:
      return ClaimOwner.Expert;
    case ClaimStatus.Submitted:
      return ClaimOwner.Orderer;
    case ClaimStatus.Confirmed:
      return ClaimOwner.Approver;
    case ClaimStatus.Approved:
    case ClaimStatus.Exported:
      return ClaimOwner.Payroll;
    case ClaimStatus.Rejected:
      return ClaimOwner.Coordinator;
    default:
      return ClaimOwner.Nobody;
  }
}

/** Business days each owner has for their step (configurable; see config FEE_*_BUSINESS_DAYS). */
export interface StepDays {
  expert: number;
  orderer: number;
  approver: number;
  payroll: number;
  coordinator: number;
}

/** Business days the owner of this state has, or null when nobody has the claim. */
export function stepBusinessDays(status: ClaimStatus, days: StepDays): number | null {
  const owner = ownerOf(status);
  return owner === ClaimOwner.Nobody ? null : days[owner];
}

/**
 * Whether a cancelled task makes a claim: only a late cancellation that was the ordering unit's (by the
 * orderer, or by the coordinator on its behalf), and only when the county's rule pays something.
 */
export function cancellationPays(cancelledBy: string | undefined, late: boolean, rule: 'full' | 'half' | 'none'): boolean {
  return late && cancelledBy === 'orderer' && lateCancellationShare(rule) > 0;
}

/**
 * The share of the fee a claim pays: a late cancellation's (by the configured rule) times, for a trainee's
 * task with the mentor, the schedule's trainee percentage. Expenses are never shared.
 */
export function feeShareOf(input: {
  lateCancellation: boolean;
  lateRule: 'full' | 'half' | 'none';
  trainingTask: boolean;
  traineeFeePercent: number | null;
}): number {
  const late = input.lateCancellation ? lateCancellationShare(input.lateRule) : 1;
  const trainee = input.trainingTask ? (input.traineeFeePercent ?? 100) / 100 : 1;
  return late * trainee;
}

/** The share of the fee for a late cancellation by the orderer (configurable rule). */
export function lateCancellationShare(rule: 'full' | 'half' | 'none'): number {
  return rule === 'full' ? 1 : rule === 'half' ? 0.5 : 0;
}

// ------------------------------------------------------------------ schedules

export interface ScheduleRates {
  id: string;
  /** A trainee's share of the fee, per cent, on a task done with the mentor. */
  traineeFeePercent: number;
  /** The first day (Helsinki date, ISO) the schedule is in force; it stays until the next one starts. */
  effectiveFrom: string;
  rates: Array<Rate & { tierCode: string; taskTypeCode: string | null; productCode: string | null }>;
}

/** The schedule in force on a day: the one that started last on or before it. */
export function scheduleInForce<T extends { effectiveFrom: string }>(schedules: T[], day: string): T | null {
  let best: T | null = null;
  for (const s of schedules)
    if (s.effectiveFrom <= day && (!best || s.effectiveFrom > best.effectiveFrom)) best = s;
  return best;
}

/** A product's own rate for the tier beats the task type's. */
export function rateFor(
  schedule: ScheduleRates,
  tierCode: string | null,
  taskTypeCode: string | null,
  productCode: string | null,
): Rate | null {
  if (!tierCode) return null;
  const ofTier = schedule.rates.filter((r) => r.tierCode === tierCode);
  return (
    (productCode && ofTier.find((r) => r.productCode === productCode)) ||
    (taskTypeCode && ofTier.find((r) => r.productCode === null && r.taskTypeCode === taskTypeCode)) ||
    null
  );
}

/** The reminder kind that asks a coordinator to enter a year's kilometre rate. */
export const MILEAGE_RATE_REMINDER = 'fee.mileage_rate';

/** The kilometre rate a claim uses, and the year it was set for. */
export interface MileageRateUsed {
  centsPerKm: number;
  year: number;
  /** True when the task's own year has no rate yet and the latest earlier year's is used. */
  fallback: boolean;
}

/**
 * Cents per kilometre for the year of a day, from the rate table (editable data). Until the admin has
 * entered the new year's rate, the latest earlier year's applies (flagged, so the coordinator is told):
 * an expert's journey on 2 January is paid, not held up by a missing table row.
 */
export function mileageRateFor(
  table: Array<{ year: number; centsPerKm: number }>,
  day: string,
): MileageRateUsed | null {
  const year = Number(day.slice(0, 4));
  let best: { year: number; centsPerKm: number } | null = null;
  for (const r of table) if (r.year <= year && (!best || r.year > best.year)) best = r;
  return best ? { centsPerKm: best.centsPerKm, year: best.year, fallback: best.year !== year } : null;
}
