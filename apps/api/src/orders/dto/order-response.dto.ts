import { ApiProperty } from '@nestjs/swagger';
import { OccurrenceStatus, OrderMode } from '../entities/order.entity';
import { NextStep, OrderStatus } from '../orders.rules';
import { WeeklySeriesDto } from './order.dto';

export enum NextStepKind {
  Submit = 'submit',
  CoordinatorAnswer = 'coordinator_answer',
  FindExperts = 'find_experts',
  FindMoreExperts = 'find_more_experts',
  TaskTakesPlace = 'task_takes_place',
  Close = 'close',
  None = 'none',
}

export enum NextStepOwner {
  Orderer = 'orderer',
  Coordinator = 'coordinator',
  Experts = 'experts',
  Nobody = 'nobody',
}

/** What happens next and who has the order now (seed 003). */
export class NextStepDto {
  @ApiProperty({ enum: NextStepKind, enumName: 'NextStepKind' })
  step: NextStepKind;

  @ApiProperty({ enum: NextStepOwner, enumName: 'NextStepOwner' })
  owner: NextStepOwner;

  /** When the step is due, when it has a deadline (the coordinators' answer, the task's start). */
  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  dueAt: string | null;
}

export function mapNextStep(n: NextStep, dueAt: Date | null): NextStepDto {
  return {
    step: n.step as NextStepKind,
    owner: n.owner as NextStepOwner,
    dueAt: dueAt?.toISOString() ?? null,
  };
}

export class OrderUnitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class OrderAreaDto {
  @ApiProperty()
  code: string;

  @ApiProperty()
  required: boolean;
}

export class OccurrenceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ nullable: true, type: String })
  place: string | null;

  @ApiProperty({ enum: OccurrenceStatus, enumName: 'OccurrenceStatus' })
  status: OccurrenceStatus;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  cancelledAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  cancelReason: string | null;

  @ApiProperty()
  lateCancellation: boolean;
}

export class AttachmentDto {
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

export class OrderSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'T-2026-000123' })
  number: string;

  @ApiProperty({ enum: OrderStatus, enumName: 'OrderStatus' })
  status: OrderStatus;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: OrderUnitDto })
  unit: OrderUnitDto;

  @ApiProperty()
  productCode: string;

  @ApiProperty({ nullable: true, type: String })
  municipalityCode: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  startsAt: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  endsAt: string | null;

  @ApiProperty()
  occurrenceCount: number;

  @ApiProperty()
  expertCount: number;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  submittedAt: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  answerDueAt: string | null;

  @ApiProperty({ type: NextStepDto })
  nextStep: NextStepDto;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class OrderPageDto {
  @ApiProperty({ type: [OrderSummaryDto] })
  items: OrderSummaryDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class InboxItemDto extends OrderSummaryDto {
  /** The inbox's due moment: the answer deadline until answered, then the start. */
  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  dueAt: string | null;

  @ApiProperty()
  overdue: boolean;

  /** Business days since the order was submitted. */
  @ApiProperty()
  ageBusinessDays: number;
}

export class InboxPageDto {
  @ApiProperty({ type: [InboxItemDto] })
  items: InboxItemDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class OrderDto extends OrderSummaryDto {
  @ApiProperty({ nullable: true, type: String })
  costCentre: string | null;

  @ApiProperty({ format: 'uuid' })
  contactUserId: string;

  @ApiProperty()
  contactName: string;

  @ApiProperty({ nullable: true, type: String })
  contactPhone: string | null;

  @ApiProperty()
  contactEmail: string;

  @ApiProperty({ nullable: true, type: String })
  description: string | null;

  @ApiProperty({ nullable: true, type: String })
  purpose: string | null;

  @ApiProperty({ nullable: true, type: String })
  audience: string | null;

  @ApiProperty({ nullable: true, type: Number })
  audienceSize: number | null;

  @ApiProperty({ enum: OrderMode, enumName: 'OrderMode' })
  mode: OrderMode;

  @ApiProperty({ nullable: true, type: String })
  place: string | null;

  @ApiProperty({ nullable: true, type: String })
  remoteLink: string | null;

  @ApiProperty({ nullable: true, type: String })
  languageCode: string | null;

  @ApiProperty({ type: [OrderAreaDto] })
  areas: OrderAreaDto[];

  @ApiProperty({ nullable: true, type: String })
  wishedTierCode: string | null;

  @ApiProperty({ nullable: true, type: String })
  preparationNeeds: string | null;

  @ApiProperty({ nullable: true, type: String })
  accessibilityNeeds: string | null;

  @ApiProperty({ nullable: true, type: String })
  resultsReturn: string | null;

  @ApiProperty()
  suitableForMinors: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  wishedExpertId: string | null;

  @ApiProperty({ type: [String] })
  excludedExpertIds: string[];

  @ApiProperty({ nullable: true, type: WeeklySeriesDto })
  series: WeeklySeriesDto | null;

  @ApiProperty({ type: [OccurrenceDto] })
  occurrences: OccurrenceDto[];

  @ApiProperty({ type: [AttachmentDto] })
  attachments: AttachmentDto[];

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  answeredAt: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  cancelledAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  cancelReason: string | null;

  @ApiProperty()
  lateCancellation: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  deliveredAt: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  closedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty()
  version: number;
}

export class TimelineActorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;
}

export enum OrderEventType {
  Created = 'created',
  Submitted = 'submitted',
  MatchingStarted = 'matching_started',
  StaffingChanged = 'staffing_changed',
  Delivered = 'delivered',
  Closed = 'closed',
  Cancelled = 'cancelled',
  Updated = 'updated',
  ScheduleReplaced = 'schedule_replaced',
  OccurrenceChanged = 'occurrence_changed',
  OccurrenceCancelled = 'occurrence_cancelled',
  MessagePosted = 'message_posted',
  AttachmentAdded = 'attachment_added',
  AttachmentRemoved = 'attachment_removed',
  ReminderSent = 'reminder_sent',
}

export class TimelineEventDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ enum: OrderEventType, enumName: 'OrderEventType' })
  type: OrderEventType;

  @ApiProperty({ nullable: true, type: TimelineActorDto })
  actor: TimelineActorDto | null;

  @ApiProperty({ nullable: true, enum: OrderStatus, enumName: 'OrderStatus' })
  fromStatus: OrderStatus | null;

  @ApiProperty({ nullable: true, enum: OrderStatus, enumName: 'OrderStatus' })
  toStatus: OrderStatus | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  occurrenceId: string | null;

  /** Event details: changed fields, a reason, the late-cancellation flag. */
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true })
  detail: Record<string, unknown> | null;
}

export class TimelineDto {
  @ApiProperty({ type: [TimelineEventDto] })
  items: TimelineEventDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;

  @ApiProperty({ type: NextStepDto })
  nextStep: NextStepDto;
}

export class OrderMessageDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: TimelineActorDto })
  author: TimelineActorDto;

  /** Whether the author wrote as a coordinator (else from the ordering unit). */
  @ApiProperty()
  fromCoordinator: boolean;

  @ApiProperty()
  body: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class OrderMessagePageDto {
  @ApiProperty({ type: [OrderMessageDto] })
  items: OrderMessageDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
