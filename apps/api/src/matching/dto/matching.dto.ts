import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { AssignmentStatus, CancellationCause, OfferMode, OfferStatus } from '../assignment.rules';
import type { MatchingSettingsEntity } from '../entities/matching.entities';
import { Constraint, DEFAULT_WEIGHTS, ScoreTerm } from '../matching.rules';
import type { PayEstimate } from '../pay-estimate';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const csv = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// ---------------------------------------------------------------- candidates

export class CandidatesQueryDto {
  /** Rank for one time of the order; without it, for every time still open (a candidate must fit them all). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  occurrenceId?: string;

  /** Explain one person: which hard constraints they fail ("why is X not on the list?"). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  explain?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class ScoreTermDto {
  @ApiProperty({ enum: ScoreTerm, enumName: 'ScoreTerm' })
  term: ScoreTerm;

  /** 0…1: how well the person does on this term. */
  @ApiProperty()
  value: number;

  @ApiProperty()
  weight: number;

  /** value × weight. */
  @ApiProperty()
  points: number;
}

export class CandidateDto {
  @ApiProperty({ format: 'uuid' })
  expertId: string;

  /** The full name, as offers and tasks give it. */
  @ApiProperty()
  expertName: string;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ nullable: true, type: String })
  municipalityName: string | null;

  @ApiProperty({ nullable: true, type: String })
  tier: string | null;

  @ApiProperty({ type: [String] })
  languages: string[];

  /** 1 = the best. */
  @ApiProperty()
  rank: number;

  @ApiProperty()
  score: number;

  @ApiProperty({ type: [ScoreTermDto] })
  terms: ScoreTermDto[];

  /** Hours and tasks in the last 90 days (the fairness term's basis). */
  @ApiProperty()
  recentHours: number;

  @ApiProperty()
  recentTasks: number;
}

export class FailedConstraintDto {
  @ApiProperty({ enum: Constraint, enumName: 'MatchingConstraint' })
  constraint: Constraint;

  /** On how many of the times considered. */
  @ApiProperty()
  occurrences: number;
}

export class CandidateExplanationDto {
  @ApiProperty({ format: 'uuid' })
  expertId: string;

  /** The full name, as offers and tasks give it. */
  @ApiProperty()
  expertName: string;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  /** Empty when the person could be offered. */
  @ApiProperty({ type: [FailedConstraintDto] })
  failed: FailedConstraintDto[];

  /** Already offered, or already on these times. */
  @ApiProperty()
  alreadyInvolved: boolean;

  /** Their place on the list, when on it. */
  @ApiProperty({ nullable: true, type: Number })
  rank: number | null;
}

export class CandidateListDto {
  @ApiProperty({ type: [CandidateDto] })
  items: CandidateDto[];

  /** The times considered. */
  @ApiProperty({ type: [String] })
  occurrenceIds: string[];

  /** How many passed every hard constraint (the list shows the best of them). */
  @ApiProperty()
  eligibleCount: number;

  @ApiProperty({ nullable: true, type: CandidateExplanationDto })
  explanation: CandidateExplanationDto | null;
}

// ---------------------------------------------------------------- offers

export class CreateOffersDto {
  @ApiProperty({ type: [String], description: 'One expert, or several at once.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  expertIds: string[];

  /** Defaults to single for one expert and first-to-accept for several. */
  @ApiPropertyOptional({ enum: OfferMode, enumName: 'OfferMode' })
  @IsOptional()
  @IsEnum(OfferMode)
  mode?: OfferMode;

  /** The times offered; default every open time of the order. */
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  occurrenceIds?: string[];

  /** Required when someone ranked higher is skipped (kept in the fairness ledger). */
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
}

export class DeclineOfferDto {
  @ApiPropertyOptional({ maxLength: 1000, description: 'Optional; declining never counts against anyone.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class OfferTimeDto {
  @ApiProperty({ format: 'uuid' })
  occurrenceId: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ nullable: true, type: String })
  place: string | null;
}

export class OfferCeilingDto {
  @ApiProperty()
  ceilingCents: number;

  @ApiProperty({ description: 'The month’s earnings with this task' })
  monthAfterCents: number;

  @ApiProperty()
  overByCents: number;
}

export class OfferDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  orderId: string;

  @ApiProperty()
  orderNumber: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  productCode: string;

  /** Who ordered. */
  @ApiProperty()
  unitName: string;

  @ApiProperty({ nullable: true, type: String })
  place: string | null;

  @ApiProperty({ nullable: true, type: String })
  municipalityCode: string | null;

  @ApiProperty()
  mode: string;

  @ApiProperty({ nullable: true, type: String })
  description: string | null;

  @ApiProperty({ nullable: true, type: String })
  preparationNeeds: string | null;

  /** A demanding task: supervision (työnohjaus) is offered before and after it. */
  @ApiProperty()
  demanding: boolean;

  @ApiProperty()
  preparationMinutes: number;

  /** How the fee is counted (hourly, per task, per meeting); the amounts come with the fees module. */
  @ApiProperty()
  feeBasis: string;

  @ApiProperty({ type: [OfferTimeDto] })
  times: OfferTimeDto[];

  @ApiProperty({ format: 'uuid' })
  expertId: string;

  @ApiProperty()
  expertName: string;

  @ApiProperty({ enum: OfferMode, enumName: 'OfferMode' })
  offerMode: OfferMode;

  @ApiProperty({ enum: OfferStatus, enumName: 'OfferStatus' })
  status: OfferStatus;

  @ApiProperty({ nullable: true, type: Number })
  rank: number | null;

  @ApiProperty({ format: 'date-time' })
  answerDueAt: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  answeredAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  declineReason: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  /** What the task pays this expert before tax (fee and preparation by the schedule); null when no rate applies. */
  @ApiProperty({ nullable: true, type: Number })
  estimatedFeeCents: number | null;

  /** For the expert: the month with this task against their own earnings ceiling (null when none is set). */
  @ApiProperty({ nullable: true, type: OfferCeilingDto })
  ceiling: OfferCeilingDto | null;
}

/** An offered time as the offer's query returns it (JSON: the instants are strings). */
export interface OfferRowTime {
  occurrenceId: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
}

/** An offer read with its order, unit, product and expert (`f.*` and the joined columns), its times and pay. */
export function mapOffer(r: Record<string, unknown>, times: OfferRowTime[], estimate: PayEstimate): OfferDto {
  return {
    id: r.id as string,
    orderId: r.order_id as string,
    orderNumber: r.number as string,
    title: r.title as string,
    productCode: r.product_code as string,
    unitName: r.unit_name as string,
    place: (r.place as string | null) ?? null,
    municipalityCode: (r.municipality_code as string | null) ?? null,
    mode: r.mode as string,
    description: (r.description as string | null) ?? null,
    preparationNeeds: (r.preparation_needs as string | null) ?? null,
    demanding: r.demanding === true,
    preparationMinutes: r.preparation_minutes as number,
    feeBasis: r.fee_basis as string,
    times: times.map((t) => ({
      ...t,
      startsAt: new Date(t.startsAt).toISOString(),
      endsAt: new Date(t.endsAt).toISOString(),
    })),
    expertId: r.expert_id as string,
    expertName: r.expert_name as string,
    offerMode: r.mode as OfferMode,
    status: r.status as OfferStatus,
    rank: (r.rank as number | null) ?? null,
    answerDueAt: new Date(r.answer_due_at as string).toISOString(),
    answeredAt: r.answered_at ? new Date(r.answered_at as string).toISOString() : null,
    declineReason: (r.decline_reason as string | null) ?? null,
    createdAt: new Date(r.created_at as string).toISOString(),
    estimatedFeeCents: estimate.feeCents,
    ceiling: estimate.ceiling,
  };
}

export class OfferPageDto {
  @ApiProperty({ type: [OfferDto] })
  items: OfferDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class ListOffersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    type: [String],
    enum: OfferStatus,
    enumName: 'OfferStatus',
    description: 'Comma-separated.',
  })
  @IsOptional()
  @Transform(csv)
  @IsArray()
  @IsEnum(OfferStatus, { each: true })
  status?: OfferStatus[];

  /** Coordinators: the offers of one order. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orderId?: string;
}

// ---------------------------------------------------------------- assignments

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  orderId: string;

  @ApiProperty()
  orderNumber: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'uuid' })
  occurrenceId: string;

  @ApiProperty({ format: 'uuid' })
  expertId: string;

  @ApiProperty()
  expertName: string;

  @ApiProperty({ enum: AssignmentStatus, enumName: 'AssignmentStatus' })
  status: AssignmentStatus;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ nullable: true, type: String })
  place: string | null;

  @ApiProperty()
  unitName: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  confirmedAt: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  completedAt: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  cancelledAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  cancelReason: string | null;

  @ApiProperty()
  lateCancellation: boolean;

  @ApiProperty()
  version: number;
}

/** An assignment as `ASSIGNMENT_SELECT` (assignments.service.ts) reads it, with its order, unit and expert. */
export interface AssignmentRow {
  id: string;
  order_id: string;
  number: string;
  title: string;
  occurrence_id: string;
  expert_id: string;
  expert_name: string;
  status: AssignmentStatus;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  unit_name: string;
  confirmed_at: Date | null;
  completed_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  late_cancellation: boolean;
  version: number;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function mapAssignment(r: AssignmentRow): AssignmentDto {
  return {
    id: r.id,
    orderId: r.order_id,
    orderNumber: r.number,
    title: r.title,
    occurrenceId: r.occurrence_id,
    expertId: r.expert_id,
    expertName: r.expert_name,
    status: r.status,
    startsAt: new Date(r.starts_at).toISOString(),
    endsAt: new Date(r.ends_at).toISOString(),
    place: r.place,
    unitName: r.unit_name,
    confirmedAt: iso(r.confirmed_at),
    completedAt: iso(r.completed_at),
    cancelledAt: iso(r.cancelled_at),
    cancelReason: r.cancel_reason,
    lateCancellation: r.late_cancellation,
    version: r.version,
  };
}

export class AssignmentPageDto {
  @ApiProperty({ type: [AssignmentDto] })
  items: AssignmentDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class ListAssignmentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orderId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  expertId?: string;

  @ApiPropertyOptional({
    type: [String],
    enum: AssignmentStatus,
    enumName: 'AssignmentStatus',
    description: 'Comma-separated.',
  })
  @IsOptional()
  @Transform(csv)
  @IsArray()
  @IsEnum(AssignmentStatus, { each: true })
  status?: AssignmentStatus[];

  @ApiPropertyOptional({ example: '2027-01-01' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  to?: string;
}

export class CancelAssignmentDto {
  @ApiProperty({ maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;

  @ApiPropertyOptional({
    enum: CancellationCause,
    enumName: 'CancellationCause',
    description:
      'A coordinator says whose cancellation this is: the orderer’s (a late one pays the expert by the fee rule), the expert’s, or the county’s own (the default). An expert always cancels for themselves.',
  })
  @IsOptional()
  @IsEnum(CancellationCause)
  onBehalfOf?: CancellationCause;
}

// ---------------------------------------------------------------- settings, fairness, batch

export class MatchingWeightsDto {
  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsNumber()
  @Min(0)
  @Max(100)
  area_fit: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsNumber()
  @Min(0)
  @Max(100)
  task_type: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsNumber()
  @Min(0)
  @Max(100)
  distance: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsNumber()
  @Min(0)
  @Max(100)
  fairness: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsNumber()
  @Min(0)
  @Max(100)
  continuity: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsNumber()
  @Min(0)
  @Max(100)
  wished: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsNumber()
  @Min(0)
  @Max(100)
  mentor_pair: number;
}

export class MatchingSettingsDto {
  @ApiProperty({ type: MatchingWeightsDto })
  weights: MatchingWeightsDto;

  @ApiProperty({ minimum: 1, maximum: 10 })
  offerAnswerBusinessDays: number;

  @ApiProperty()
  version: number;
}

/** The stored settings, with any weight not stored at its default. */
export function mapMatchingSettings(s: MatchingSettingsEntity): MatchingSettingsDto {
  return {
    weights: { ...DEFAULT_WEIGHTS, ...s.weights } as MatchingSettingsDto['weights'],
    offerAnswerBusinessDays: s.offerAnswerBusinessDays,
    version: s.version,
  };
}

export class UpdateMatchingSettingsDto {
  @ApiPropertyOptional({ type: MatchingWeightsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchingWeightsDto)
  weights?: MatchingWeightsDto;

  @ApiPropertyOptional({ minimum: 1, maximum: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  offerAnswerBusinessDays?: number;
}

export class PeriodQueryDto {
  @ApiProperty({ example: '2027-01-01' })
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  from: string;

  @ApiProperty({ example: '2027-03-31' })
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  to: string;
}

export class FairnessQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export class ExpertLoadDto {
  @ApiProperty({ format: 'uuid' })
  expertId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ nullable: true, type: String })
  municipalityCode: string | null;

  @ApiProperty()
  hours: number;

  @ApiProperty()
  tasks: number;
}

/** One expert's load in a period, as the fairness ledger sums it (hours to one decimal). */
export function mapExpertLoad(r: {
  id: string;
  name: string;
  municipality_code: string | null;
  hours: number;
  tasks: number;
}): ExpertLoadDto {
  return {
    expertId: r.id,
    name: r.name,
    municipalityCode: r.municipality_code,
    hours: Math.round(r.hours * 10) / 10,
    tasks: r.tasks,
  };
}

export class GroupGiniDto {
  @ApiProperty()
  code: string;

  @ApiProperty()
  experts: number;

  @ApiProperty()
  hours: number;

  @ApiProperty()
  gini: number;
}

export class FairnessDto {
  @ApiProperty()
  from: string;

  @ApiProperty()
  to: string;

  @ApiProperty()
  activeExperts: number;

  /** Gini coefficient of hours across active experts (0 = even). */
  @ApiProperty()
  giniHours: number;

  @ApiProperty()
  giniTasks: number;

  @ApiProperty({ type: [GroupGiniDto] })
  byMunicipality: GroupGiniDto[];

  @ApiProperty({ type: [GroupGiniDto] })
  byArea: GroupGiniDto[];

  /** Per person, most hours first (paged). */
  @ApiProperty({ type: [ExpertLoadDto] })
  experts: ExpertLoadDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class SuggestionDto {
  @ApiProperty({ format: 'uuid' })
  orderId: string;

  @ApiProperty()
  orderNumber: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'uuid' })
  occurrenceId: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'uuid' })
  expertId: string;

  @ApiProperty()
  expertName: string;

  @ApiProperty()
  score: number;
}

export class UnfilledDto {
  @ApiProperty({ format: 'uuid' })
  orderId: string;

  @ApiProperty()
  orderNumber: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'uuid' })
  occurrenceId: string;

  @ApiProperty()
  missing: number;
}

/** The order time a suggestion or a gap is about. */
export interface SlotMeta {
  orderId: string;
  number: string;
  title: string;
  startsAt: Date;
}

export function mapSuggestion(
  m: SlotMeta,
  a: { slotId: string; expertId: string; score: number },
  expertName: string,
): SuggestionDto {
  return {
    orderId: m.orderId,
    orderNumber: m.number,
    title: m.title,
    occurrenceId: a.slotId,
    startsAt: m.startsAt.toISOString(),
    expertId: a.expertId,
    expertName,
    score: a.score,
  };
}

export function mapUnfilled(m: SlotMeta, u: { slotId: string; missing: number }): UnfilledDto {
  return {
    orderId: m.orderId,
    orderNumber: m.number,
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    occurrenceId: u.slotId,
    missing: u.missing,
  };
}

export class SuggestionsDto {
  @ApiProperty({ type: [SuggestionDto] })
  suggestions: SuggestionDto[];

  @ApiProperty({ type: [UnfilledDto] })
  unfilled: UnfilledDto[];

  @ApiProperty()
  totalScore: number;

  /** Times considered. */
  @ApiProperty()
  slots: number;
}

export class CalendarFeedDto {
  /** The secret address of the calendar (ICS); keep it private. Asking again makes a new one. */
  @ApiProperty()
  url: string;
}
