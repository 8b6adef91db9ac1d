import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import type { ClaimRow } from '../claim-row';
import type {
  FeeClaimEventEntity,
  FeeClaimLineEntity,
  FeeClaimReceiptEntity,
  FeeRateEntity,
  IncomeTypeEntity,
  MileageRateEntity,
} from '../entities/fees.entities';
import { ClaimOwner, ClaimStatus, LineKind, PaymentMethod } from '../fees.rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

// ---------------------------------------------------------------- the expert's report

export class ExpenseDto {
  @ApiProperty({ maxLength: 200, example: 'Pysäköinti' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  description: string;

  @ApiProperty({ minimum: 1, maximum: 100000, description: 'Euro cents' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  amountCents: number;
}

export class ClaimReportDto {
  @ApiProperty({ minimum: 0, maximum: 1440 })
  @IsInt()
  @Min(0)
  @Max(1440)
  workedMinutes: number;

  @ApiProperty({ minimum: 0, maximum: 1440 })
  @IsInt()
  @Min(0)
  @Max(1440)
  preparationMinutes: number;

  @ApiProperty({ minimum: 0, maximum: 2000, description: 'Whole kilometres driven with one’s own car' })
  @IsInt()
  @Min(0)
  @Max(2000)
  kilometres: number;

  @ApiProperty({ minimum: 0, maximum: 100000, description: 'Public transport tickets, euro cents' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  ticketsCents: number;

  @ApiProperty({ type: [ExpenseDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ExpenseDto)
  expenses: ExpenseDto[];
}

export class UpdateClaimDto {
  @ApiPropertyOptional({ type: ClaimReportDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClaimReportDto)
  report?: ClaimReportDto;

  /** Do this task as a volunteer (expenses only), e.g. to stay under one’s own earnings ceiling. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  asVolunteer?: boolean;
}

export class SubmitClaimDto {
  /** The expert has seen the earnings-ceiling warning and submits anyway. */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  acceptOverCeiling?: boolean;
}

export class ReturnClaimDto {
  @ApiProperty({ maxLength: 1000, example: 'Kilometrit eivät täsmää reittiin — tarkistaisitko?' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class ReassignClaimDto {
  @ApiProperty({ format: 'uuid', description: 'The person who has the step from now on' })
  @IsUUID()
  userId: string;
}

export class AssigneeDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ type: [String] })
  roles: string[];
}

export class AssigneeListDto {
  @ApiProperty({ type: [AssigneeDto] })
  items: AssigneeDto[];
}

export class BulkClaimsDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  claimIds: string[];
}

export class BulkResultDto {
  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty()
  ok: boolean;

  /** The problem code when not ok. */
  @ApiProperty({ nullable: true, type: String })
  code: string | null;
}

export class BulkResultsDto {
  @ApiProperty({ type: [BulkResultDto] })
  results: BulkResultDto[];
}

export enum ClaimView {
  /** The person's own claims (experts). */
  Mine = 'mine',
  /** Waiting for the person's step: to confirm (orderer) or to approve (approver). */
  ToConfirm = 'to_confirm',
  ToApprove = 'to_approve',
  /** Everything the person may see (coordinators: all). */
  All = 'all',
}

export class ListClaimsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ClaimView, enumName: 'ClaimView', default: ClaimView.All })
  @IsOptional()
  @IsEnum(ClaimView)
  view?: ClaimView;

  @ApiPropertyOptional({ enum: ClaimStatus, enumName: 'ClaimStatus' })
  @IsOptional()
  @IsEnum(ClaimStatus)
  status?: ClaimStatus;

  @ApiPropertyOptional({ description: 'Only claims past their due moment' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the claims of this order' })
  @IsOptional()
  @IsUUID()
  orderId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the claims of this expert' })
  @IsOptional()
  @IsUUID()
  expertId?: string;
}

// ---------------------------------------------------------------- answers

export class ClaimLineDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: LineKind, enumName: 'FeeLineKind' })
  kind: LineKind;

  @ApiProperty()
  description: string;

  @ApiProperty({ description: 'Minutes, kilometres or 1' })
  quantity: number;

  @ApiProperty({ description: 'Cents per unit (per hour for minutes)' })
  unitCents: number;

  @ApiProperty()
  amountCents: number;

  @ApiProperty({ description: 'Incomes Register income type (empty for an NGO’s invoice)' })
  incomeTypeCode: string;

  @ApiProperty({ enum: ['open', 'approved', 'batched', 'paid', 'rejected', 'void'] })
  status: string;

  @ApiProperty({ nullable: true, type: String })
  rejectReason: string | null;
}

export function mapClaimLine(l: FeeClaimLineEntity): ClaimLineDto {
  return {
    id: l.id,
    kind: l.kind,
    description: l.description,
    quantity: l.quantity,
    unitCents: l.unitCents,
    amountCents: l.amountCents,
    incomeTypeCode: l.incomeTypeCode,
    status: l.status,
    rejectReason: l.rejectReason,
  };
}

export class ClaimEventDto {
  @ApiProperty()
  at: string;

  @ApiProperty({ nullable: true, type: String })
  actorName: string | null;

  @ApiProperty()
  action: string;

  @ApiProperty({ nullable: true, type: String })
  fromStatus: string | null;

  @ApiProperty({ nullable: true, type: String })
  toStatus: string | null;

  @ApiProperty({ nullable: true, type: String })
  note: string | null;
}

export function mapClaimEvent(e: FeeClaimEventEntity): ClaimEventDto {
  return {
    at: e.at.toISOString(),
    actorName: e.actorName,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: e.note,
  };
}

export class CeilingDto {
  @ApiProperty()
  ceilingCents: number;

  @ApiProperty({ description: 'The month’s earnings with this claim' })
  monthAfterCents: number;

  @ApiProperty()
  overByCents: number;
}

export class ReceiptDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  fileName: string;

  @ApiProperty()
  contentType: string;

  @ApiProperty()
  sizeBytes: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export function mapReceipt(r: FeeClaimReceiptEntity): ReceiptDto {
  return {
    id: r.id,
    fileName: r.fileName,
    contentType: r.contentType,
    sizeBytes: r.sizeBytes,
    createdAt: r.createdAt.toISOString(),
  };
}

export class ReceiptQueryDto {
  @ApiProperty({ maxLength: 200, description: 'The file’s name.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fileName: string;
}

export class ClaimDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'K-2026-000042' })
  number: string;

  @ApiProperty({ enum: ClaimStatus, enumName: 'ClaimStatus' })
  status: ClaimStatus;

  @ApiProperty({ enum: ClaimOwner, enumName: 'ClaimOwner' })
  owner: ClaimOwner;

  @ApiProperty({ nullable: true, type: String, description: 'The named person who has the step' })
  ownerName: string | null;

  @ApiProperty({ nullable: true, type: String })
  dueAt: string | null;

  @ApiProperty()
  overdue: boolean;

  @ApiProperty({ format: 'uuid' })
  expertId: string;

  @ApiProperty()
  expertName: string;

  @ApiProperty({ format: 'uuid' })
  orderId: string;

  @ApiProperty()
  orderNumber: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  unitName: string;

  @ApiProperty()
  costCentre: string;

  @ApiProperty({ example: '2026-11-24' })
  taskDate: string;

  @ApiProperty({ enum: PaymentMethod, enumName: 'PaymentMethod' })
  paymentMethod: PaymentMethod;

  @ApiProperty()
  lateCancellation: boolean;

  @ApiProperty()
  asVolunteer: boolean;

  @ApiProperty({
    description:
      "A trainee's task done with their mentor on the mentoring path: the fee is the schedule's trainee share (traineeFeePercent), expenses in full",
  })
  trainingTask: boolean;

  @ApiProperty({ type: ClaimReportDto })
  report: ClaimReportDto;

  @ApiProperty({ description: 'The expert changed nothing since the claim was prefilled' })
  unchanged: boolean;

  @ApiProperty()
  totalCents: number;

  @ApiProperty()
  earningsCents: number;

  @ApiProperty({ nullable: true, type: String })
  returnReason: string | null;

  /** Receipts for tickets and other expenses (photos or PDFs). */
  @ApiProperty({ type: [ReceiptDto] })
  receipts: ReceiptDto[];

  @ApiProperty({ type: [ClaimLineDto] })
  lines: ClaimLineDto[];

  /** For the expert: the month with this claim against their own ceiling (null when none is set). */
  @ApiProperty({ nullable: true, type: CeilingDto })
  ceiling: CeilingDto | null;

  @ApiProperty({ type: [String], description: 'The steps the caller may take now' })
  actions: string[];

  @ApiProperty()
  version: number;
}

/** One claim for the caller: its live lines, receipts, ceiling and the steps the caller may take. */
export function mapClaim(
  r: ClaimRow,
  of: {
    lines: FeeClaimLineEntity[];
    receipts: FeeClaimReceiptEntity[];
    ceiling: CeilingDto | null;
    actions: string[];
    now: Date;
  },
): ClaimDto {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    owner: r.owner,
    ownerName: r.owner_name,
    dueAt: iso(r.due_at),
    overdue: !!r.due_at && new Date(r.due_at).getTime() < of.now.getTime(),
    expertId: r.expert_id,
    expertName: r.expert_name,
    orderId: r.order_id,
    orderNumber: r.order_number,
    title: r.title,
    unitName: r.unit_name,
    costCentre: r.cost_centre,
    taskDate: r.task_date,
    paymentMethod: r.payment_method,
    lateCancellation: r.late_cancellation,
    asVolunteer: r.as_volunteer,
    trainingTask: r.training_task,
    report: r.report as unknown as ClaimReportDto,
    unchanged: JSON.stringify(r.report) === JSON.stringify(r.prefilled_report),
    totalCents: r.total_cents,
    earningsCents: r.earnings_cents,
    returnReason: r.return_reason,
    receipts: of.receipts.map(mapReceipt),
    lines: of.lines.map(mapClaimLine),
    ceiling: of.ceiling,
    actions: of.actions,
    version: r.version,
  };
}

export class ClaimSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  number: string;

  @ApiProperty({ enum: ClaimStatus, enumName: 'ClaimStatus' })
  status: ClaimStatus;

  @ApiProperty({ enum: ClaimOwner, enumName: 'ClaimOwner' })
  owner: ClaimOwner;

  @ApiProperty({ nullable: true, type: String })
  ownerName: string | null;

  @ApiProperty({ nullable: true, type: String })
  dueAt: string | null;

  @ApiProperty()
  overdue: boolean;

  @ApiProperty({ format: 'uuid' })
  expertId: string;

  @ApiProperty()
  expertName: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'uuid' })
  orderId: string;

  @ApiProperty()
  orderNumber: string;

  @ApiProperty({ format: 'uuid' })
  assignmentId: string;

  @ApiProperty()
  unitName: string;

  @ApiProperty()
  costCentre: string;

  @ApiProperty()
  taskDate: string;

  /** Why it was sent back (shown on the expert's card). */
  @ApiProperty({ nullable: true, type: String })
  returnReason: string | null;

  @ApiProperty()
  totalCents: number;

  @ApiProperty()
  version: number;
}

/** A claim in a list; `now` in epoch milliseconds decides whether it is overdue. */
export function mapClaimSummary(r: ClaimRow, now: number): ClaimSummaryDto {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    owner: r.owner,
    ownerName: r.owner_name,
    dueAt: iso(r.due_at),
    overdue: !!r.due_at && new Date(r.due_at).getTime() < now,
    expertId: r.expert_id,
    expertName: r.expert_name,
    title: r.title,
    orderId: r.order_id,
    orderNumber: r.order_number,
    assignmentId: r.assignment_id,
    unitName: r.unit_name,
    costCentre: r.cost_centre,
    taskDate: r.task_date,
    totalCents: r.total_cents,
    returnReason: r.return_reason,
    version: r.version,
  };
}

export class ClaimPageDto {
  @ApiProperty({ type: [ClaimSummaryDto] })
  items: ClaimSummaryDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class ClaimTimelineDto {
  @ApiProperty({ type: [ClaimEventDto] })
  items: ClaimEventDto[];
}

export class MoneyTotalsDto {
  @ApiProperty({ example: '2026-11' })
  month: string;

  @ApiProperty({ description: 'Fees and preparation claimed in the month (not returned or cancelled)' })
  monthEarningsCents: number;

  @ApiProperty({ description: 'Everything paid in the year, costs included' })
  yearPaidCents: number;

  @ApiProperty({ description: 'Fees and preparation claimed in the year' })
  yearEarningsCents: number;

  @ApiProperty({ nullable: true, type: Number })
  ceilingCents: number | null;
}

// ---------------------------------------------------------------- payroll

export class CreateExportBatchDto {
  @ApiPropertyOptional({ enum: ['payroll', 'accounts_payable'], default: 'payroll' })
  @IsOptional()
  @IsIn(['payroll', 'accounts_payable'])
  channel?: 'payroll' | 'accounts_payable';
}

export class ExportLineDto {
  @ApiProperty({ format: 'uuid' })
  lineId: string;

  @ApiProperty()
  claimNumber: string;

  @ApiProperty()
  orderNumber: string;

  @ApiProperty({ enum: LineKind, enumName: 'FeeLineKind' })
  kind: LineKind;

  @ApiProperty()
  incomeTypeCode: string;

  @ApiProperty()
  amountCents: number;

  @ApiProperty()
  costCentre: string;

  @ApiProperty()
  taskDate: string;
}

export class ExportBatchDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'P-000001' })
  number: string;

  @ApiProperty({ enum: ['payroll', 'accounts_payable'] })
  channel: string;

  @ApiProperty()
  createdAt: string;

  @ApiProperty()
  lineCount: number;

  @ApiProperty()
  totalCents: number;

  @ApiProperty({ type: [ExportLineDto] })
  lines: ExportLineDto[];
}

export class AckLineDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  lineId: string;

  @ApiProperty({ enum: ['paid', 'rejected'] })
  @IsIn(['paid', 'rejected'])
  status: 'paid' | 'rejected';

  @ApiPropertyOptional({ maxLength: 100, description: 'The payroll system’s own id of the payment' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  externalId?: string;

  @ApiPropertyOptional({ example: '2026-11-30' })
  @IsOptional()
  @Matches(DATE)
  paymentDate?: string;

  @ApiPropertyOptional({
    maxLength: 500,
    description: 'Why payroll rejected the line (required when rejected)',
  })
  @ValidateIf((o: AckLineDto) => o.status === 'rejected' || o.reason !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}

export class AckBatchDto {
  @ApiProperty({ type: [AckLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20_000)
  @ValidateNested({ each: true })
  @Type(() => AckLineDto)
  lines: AckLineDto[];
}

export class AckResultDto {
  @ApiProperty()
  paid: number;

  @ApiProperty()
  rejected: number;

  @ApiProperty({ description: 'Lines of the batch not acknowledged yet' })
  open: number;
}

export class BatchStatusDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  number: string;

  @ApiProperty({ enum: ['payroll', 'accounts_payable'] })
  channel: string;

  @ApiProperty({ enum: ['exported', 'acknowledged', 'released'] })
  status: string;

  @ApiProperty()
  createdAt: string;

  @ApiProperty()
  createdBy: string;

  @ApiProperty()
  lineCount: number;

  @ApiProperty()
  totalCents: number;

  @ApiProperty()
  paidLines: number;

  @ApiProperty()
  rejectedLines: number;

  @ApiProperty({ nullable: true, type: String })
  releasedAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  releaseReason: string | null;
}

export class BatchStatusPageDto {
  @ApiProperty({ type: [BatchStatusDto] })
  items: BatchStatusDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class ReleaseBatchDto {
  @ApiProperty({ maxLength: 1000, example: 'Palkanlaskenta ei saanut erää käsiteltyä' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

// ---------------------------------------------------------------- fee schedules (editable data)

export class RateDto {
  @ApiProperty({ example: 'trained' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  tierCode: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'talk', description: 'A task type, or…' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  taskTypeCode?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: '…a product (its rate beats the task type’s)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  productCode?: string | null;

  @ApiProperty({ enum: ['hourly', 'per_task', 'per_meeting'] })
  @IsIn(['hourly', 'per_task', 'per_meeting'])
  basis: 'hourly' | 'per_task' | 'per_meeting';

  @ApiProperty({ minimum: 0, maximum: 1000000, description: 'Euro cents per hour, task or meeting' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  amountCents: number;

  @ApiProperty({ minimum: 0, maximum: 1440 })
  @IsInt()
  @Min(0)
  @Max(1440)
  minBillableMinutes: number;

  @ApiProperty({ minimum: 0, maximum: 1440 })
  @IsInt()
  @Min(0)
  @Max(1440)
  paidPreparationMinutes: number;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0, maximum: 100000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  preparationHourlyCents?: number | null;

  @ApiProperty({ example: '214' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  incomeTypeCode: string;
}

export function mapRate(r: FeeRateEntity): RateDto {
  return {
    tierCode: r.tierCode,
    taskTypeCode: r.taskTypeCode,
    productCode: r.productCode,
    basis: r.basis,
    amountCents: r.amountCents,
    minBillableMinutes: r.minBillableMinutes,
    paidPreparationMinutes: r.paidPreparationMinutes,
    preparationHourlyCents: r.preparationHourlyCents,
    incomeTypeCode: r.incomeTypeCode,
  };
}

export class SaveScheduleDto {
  @ApiProperty({ maxLength: 200, example: 'Palkkiot 2027' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({
    example: '2027-01-01',
    description: 'In force from this day until the next schedule starts',
  })
  @Matches(DATE)
  effectiveFrom: string;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    default: 100,
    description:
      'The share of the fee (and paid preparation), in per cent, that a trainee on the mentoring path gets for a task done together with the mentor; 0 pays expenses only. Expenses and kilometres are always paid in full.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  traineeFeePercent?: number;

  @ApiProperty({ type: [RateDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RateDto)
  rates: RateDto[];
}

export class ScheduleSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  effectiveFrom: string;

  @ApiProperty({ nullable: true, type: String, description: 'The day before the next schedule starts' })
  effectiveTo: string | null;

  @ApiProperty({ description: 'In force today' })
  inForce: boolean;

  @ApiProperty()
  rateCount: number;

  @ApiProperty()
  version: number;
}

export class ScheduleListDto {
  @ApiProperty({ type: [ScheduleSummaryDto] })
  items: ScheduleSummaryDto[];
}

export class ScheduleDto extends ScheduleSummaryDto {
  @ApiProperty({ nullable: true, type: String })
  notes: string | null;

  @ApiProperty({
    minimum: 0,
    maximum: 100,
    description: "A trainee's share of the fee on a task done with the mentor",
  })
  traineeFeePercent: number;

  @ApiProperty({ type: [RateDto] })
  rates: RateDto[];
}

export class MileageRateDto {
  @ApiProperty({ example: 2026 })
  year: number;

  @ApiProperty({ example: 55, description: 'Tax-free euro cents per kilometre' })
  centsPerKm: number;
}

export function mapMileageRate(r: MileageRateEntity): MileageRateDto {
  return { year: r.year, centsPerKm: r.centsPerKm };
}

export class MileageRateListDto {
  @ApiProperty({ type: [MileageRateDto] })
  items: MileageRateDto[];
}

export class SaveMileageRateDto {
  @ApiProperty({ minimum: 1, maximum: 999 })
  @IsInt()
  @Min(1)
  @Max(999)
  centsPerKm: number;
}

export class IncomeTypeDto {
  @ApiProperty({ example: '214' })
  code: string;

  @ApiProperty()
  nameFi: string;

  @ApiProperty()
  nameSv: string;

  @ApiProperty()
  nameEn: string;

  @ApiProperty({ description: 'Reported to the Incomes Register by payroll' })
  reported: boolean;

  @ApiProperty()
  taxFree: boolean;
}

export function mapIncomeType(r: IncomeTypeEntity): IncomeTypeDto {
  return { ...r };
}

export class IncomeTypeListDto {
  @ApiProperty({ type: [IncomeTypeDto] })
  items: IncomeTypeDto[];
}

export class SaveIncomeTypeDto {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameFi: string;

  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameSv: string;

  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nameEn: string;

  @ApiProperty()
  @IsBoolean()
  reported: boolean;

  @ApiProperty()
  @IsBoolean()
  taxFree: boolean;
}
