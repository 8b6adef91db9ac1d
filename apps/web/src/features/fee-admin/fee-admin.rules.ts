import type { BatchStatusDto, BulkResultDto, ClaimView, FeeBasis, RateDto, Role } from '@kokemus/api-client';
import { centsToInput, parseEuros } from '../../shared/format/money';

/** The inbox views a person's roles open, in the order the work flows: confirm, approve, follow all. */
export type InboxView = Extract<ClaimView, 'to_confirm' | 'to_approve' | 'all'>;

export function inboxViews(roles: readonly Role[]): InboxView[] {
  return [
    ...(roles.includes('orderer') ? (['to_confirm'] as const) : []),
    ...(roles.includes('approver') ? (['to_approve'] as const) : []),
    ...(roles.includes('coordinator') ? (['all'] as const) : []),
  ];
}

export type BulkAction = 'confirm' | 'approve';

/** What can be done to many claims at once in a view; the coordinator may take either step. */
export function bulkActions(view: InboxView): BulkAction[] {
  if (view === 'to_confirm') return ['confirm'];
  if (view === 'to_approve') return ['approve'];
  return ['confirm', 'approve'];
}

/** The claims a bulk step can take: only those at that step (others would fail anyway). */
export function eligibleFor(action: BulkAction, status: string): boolean {
  return action === 'confirm' ? status === 'submitted' : status === 'confirmed';
}

export function failedResults(results: readonly BulkResultDto[]): BulkResultDto[] {
  return results.filter((r) => !r.ok);
}

/** Only a batch payroll never acknowledged can be released, so its lines go into the next batch. */
export function releasable(batch: Pick<BatchStatusDto, 'status'>): boolean {
  return batch.status === 'exported';
}

/** A rate as the table edits it: every cell text, a task type or a product in one choice. */
export type RateRow = {
  tierCode: string;
  /** `task:<code>` or `product:<code>`; empty until chosen. */
  target: string;
  basis: FeeBasis;
  amount: string;
  minBillableMinutes: string;
  paidPreparationMinutes: string;
  preparationHourly: string;
  incomeTypeCode: string;
};

export const FEE_BASES = ['hourly', 'per_task', 'per_meeting'] as const satisfies readonly FeeBasis[];

export const RATE_LIMITS = {
  amountCents: 1_000_000,
  preparationHourlyCents: 100_000,
  minutes: 1440,
} as const;

export function emptyRateRow(): RateRow {
  return {
    tierCode: '',
    target: '',
    basis: 'hourly',
    amount: '',
    minBillableMinutes: '0',
    paidPreparationMinutes: '0',
    preparationHourly: '',
    incomeTypeCode: '',
  };
}

export function rateToRow(rate: RateDto, language: string): RateRow {
  return {
    tierCode: rate.tierCode,
    target: rate.productCode
      ? `product:${rate.productCode}`
      : rate.taskTypeCode
        ? `task:${rate.taskTypeCode}`
        : '',
    basis: rate.basis,
    amount: centsToInput(rate.amountCents, language),
    minBillableMinutes: String(rate.minBillableMinutes),
    paidPreparationMinutes: String(rate.paidPreparationMinutes),
    preparationHourly:
      rate.preparationHourlyCents === null || rate.preparationHourlyCents === undefined
        ? ''
        : centsToInput(rate.preparationHourlyCents, language),
    incomeTypeCode: rate.incomeTypeCode,
  };
}

/** A checked row as the API takes it (validate first: this assumes every cell is right). */
export function rowToRate(row: RateRow): RateDto {
  const [kind, code] = splitTarget(row.target);
  const preparation = row.preparationHourly.trim() ? parseEuros(row.preparationHourly) : null;
  return {
    tierCode: row.tierCode,
    taskTypeCode: kind === 'task' ? code : null,
    productCode: kind === 'product' ? code : null,
    basis: row.basis,
    amountCents: parseEuros(row.amount) ?? 0,
    minBillableMinutes: Number(row.minBillableMinutes.trim()),
    paidPreparationMinutes: Number(row.paidPreparationMinutes.trim()),
    preparationHourlyCents: preparation,
    incomeTypeCode: row.incomeTypeCode,
  };
}

export function splitTarget(target: string): ['task' | 'product' | '', string] {
  const colon = target.indexOf(':');
  const kind = target.slice(0, colon);
  return kind === 'task' || kind === 'product' ? [kind, target.slice(colon + 1)] : ['', ''];
}

/** Minutes typed as a whole number within a day. */
export function validMinutes(text: string): boolean {
  const value = text.trim();
  return /^\d{1,4}$/.test(value) && Number(value) <= RATE_LIMITS.minutes;
}

/** What is wrong with one row, by cell, as i18n keys (duplicates are found across rows). */
export function rateRowProblems(row: RateRow): Partial<Record<keyof RateRow, string>> {
  const problems: Partial<Record<keyof RateRow, string>> = {};
  if (!row.tierCode) problems.tierCode = 'feeAdmin.validation.tierRequired';
  if (!splitTarget(row.target)[0]) problems.target = 'feeAdmin.validation.targetRequired';
  const amount = parseEuros(row.amount);
  if (!row.amount.trim()) problems.amount = 'feeAdmin.validation.amountRequired';
  else if (amount === null || amount > RATE_LIMITS.amountCents) problems.amount = 'feeAdmin.validation.euros';
  if (!validMinutes(row.minBillableMinutes)) problems.minBillableMinutes = 'feeAdmin.validation.minutes';
  else if (row.basis !== 'hourly' && Number(row.minBillableMinutes) > 0) {
    problems.minBillableMinutes = 'feeAdmin.validation.minOnlyHourly';
  }
  if (!validMinutes(row.paidPreparationMinutes))
    problems.paidPreparationMinutes = 'feeAdmin.validation.minutes';
  if (row.preparationHourly.trim()) {
    const preparation = parseEuros(row.preparationHourly);
    if (preparation === null || preparation > RATE_LIMITS.preparationHourlyCents) {
      problems.preparationHourly = 'feeAdmin.validation.preparationEuros';
    }
  }
  if (!row.incomeTypeCode) problems.incomeTypeCode = 'feeAdmin.validation.incomeTypeRequired';
  return problems;
}

/** The indexes of rows that repeat an earlier row's tier and task type or product. */
export function duplicateRows(rows: readonly RateRow[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  rows.forEach((row, i) => {
    if (!row.tierCode || !row.target) return;
    const key = `${row.tierCode}|${row.target}`;
    if (seen.has(key)) out.push(i);
    seen.add(key);
  });
  return out;
}

/** The form's name for a field the API names (`rates.2.productCode` → `rates.2.target`). */
export function rateFieldOf(apiField: string): string | null {
  const found = /^rates\.(\d+)\.(\w+)$/.exec(apiField);
  if (!found) return null;
  const cell: Record<string, keyof RateRow> = {
    tierCode: 'tierCode',
    taskTypeCode: 'target',
    productCode: 'target',
    basis: 'basis',
    amountCents: 'amount',
    minBillableMinutes: 'minBillableMinutes',
    paidPreparationMinutes: 'paidPreparationMinutes',
    preparationHourlyCents: 'preparationHourly',
    incomeTypeCode: 'incomeTypeCode',
  };
  return cell[found[2]] ? `rates.${found[1]}.${cell[found[2]]}` : null;
}

/** The API's English reasons for a rate it refused, as our own words (else a general "check this"). */
export function rateProblemKey(detail: string | undefined): string {
  const known: Record<string, string> = {
    'Unknown training tier.': 'feeAdmin.validation.unknownTier',
    'Give either a task type or a product.': 'feeAdmin.validation.targetRequired',
    'Unknown task type.': 'feeAdmin.validation.unknownTaskType',
    'Unknown product.': 'feeAdmin.validation.unknownProduct',
    'Unknown income type.': 'feeAdmin.validation.unknownIncomeType',
    'The same tier and task twice.': 'feeAdmin.validation.duplicate',
    'A minimum time applies only to hourly rates.': 'feeAdmin.validation.minOnlyHourly',
  };
  return (detail && known[detail]) || 'errors.field.invalid';
}
