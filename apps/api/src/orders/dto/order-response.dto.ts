import { ApiProperty } from '@nestjs/swagger';
import type { PersonName } from '../../auth/users.service';
import { businessDaysBetween, helsinkiDate } from '../../common/business-days';
import { Role } from '../../common/access/roles';
import {
  OccurrenceStatus,
  OrderAreaEntity,
  OrderAttachmentEntity,
  OrderEntity,
  OrderEventEntity,
  OrderExcludedExpertEntity,
  OrderMessageEntity,
  OrderMode,
  OrderOccurrenceEntity,
} from '../entities/order.entity';
import { NextStep, nextStep, OrderStatus } from '../orders.rules';
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

/** The order's next step; its due moment is the answer deadline until answered, then the start. */
export function mapOrderNextStep(o: OrderEntity): NextStepDto {
  const n = nextStep(o.status);
  const due =
    o.status === OrderStatus.Submitted
      ? o.answerDueAt
      : [OrderStatus.InMatching, OrderStatus.PartlyStaffed, OrderStatus.Staffed].includes(o.status)
        ? o.startsAt
        : null;
  return mapNextStep(n, due);
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

export function mapOccurrence(c: OrderOccurrenceEntity): OccurrenceDto {
  return {
    id: c.id,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    place: c.place,
    status: c.status,
    cancelledAt: c.cancelledAt?.toISOString() ?? null,
    cancelReason: c.cancelReason,
    lateCancellation: c.lateCancellation,
  };
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

export function mapAttachment(a: OrderAttachmentEntity): AttachmentDto {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    createdAt: a.createdAt.toISOString(),
  };
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

/** The order as a list shows it, with its unit's name (from the units module). */
export function mapOrderSummary(o: OrderEntity, unitName: string): OrderSummaryDto {
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    title: o.title,
    unit: { id: o.unitId, name: unitName },
    productCode: o.productCode,
    municipalityCode: o.municipalityCode,
    startsAt: o.startsAt?.toISOString() ?? null,
    endsAt: o.endsAt?.toISOString() ?? null,
    occurrenceCount: o.occurrenceCount,
    expertCount: o.expertCount,
    submittedAt: o.submittedAt?.toISOString() ?? null,
    answerDueAt: o.answerDueAt?.toISOString() ?? null,
    nextStep: mapOrderNextStep(o),
    createdAt: o.createdAt.toISOString(),
  };
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

/** `today` is `now`'s Helsinki date, computed once per page. */
export function mapInboxItem(o: OrderEntity, unitName: string, now: Date, today: string): InboxItemDto {
  return {
    ...mapOrderSummary(o, unitName),
    dueAt: o.inboxDueAt?.toISOString() ?? null,
    overdue: !!o.inboxDueAt && o.inboxDueAt.getTime() < now.getTime(),
    ageBusinessDays: o.submittedAt ? Math.max(0, businessDaysBetween(helsinkiDate(o.submittedAt), today)) : 0,
  };
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

  /** Demanding for the expert: supervision is offered before and after. */
  @ApiProperty()
  demanding: boolean;

  /** Only experts with a valid criminal-record extract are matched. */
  @ApiProperty()
  worksWithMinors: boolean;

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

/** What an order is made of besides its own row, in the order the response lists them. */
export interface OrderParts {
  areas: OrderAreaEntity[];
  excluded: OrderExcludedExpertEntity[];
  occurrences: OrderOccurrenceEntity[];
  attachments: OrderAttachmentEntity[];
  unitName: string;
}

export function mapOrder(o: OrderEntity, parts: OrderParts): OrderDto {
  return {
    ...mapOrderSummary(o, parts.unitName),
    costCentre: o.costCentre,
    contactUserId: o.contactUserId,
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    contactEmail: o.contactEmail,
    description: o.description,
    purpose: o.purpose,
    audience: o.audience,
    audienceSize: o.audienceSize,
    mode: o.mode,
    place: o.place,
    remoteLink: o.remoteLink,
    languageCode: o.languageCode,
    areas: parts.areas.map((a) => ({ code: a.areaCode, required: a.required })),
    wishedTierCode: o.wishedTierCode,
    preparationNeeds: o.preparationNeeds,
    accessibilityNeeds: o.accessibilityNeeds,
    resultsReturn: o.resultsReturn,
    suitableForMinors: o.suitableForMinors,
    demanding: o.demanding,
    worksWithMinors: o.worksWithMinors,
    wishedExpertId: o.wishedExpertId,
    excludedExpertIds: parts.excluded.map((e) => e.expertId),
    series: o.series,
    occurrences: parts.occurrences.map(mapOccurrence),
    attachments: parts.attachments.map(mapAttachment),
    answeredAt: o.answeredAt?.toISOString() ?? null,
    cancelledAt: o.cancelledAt?.toISOString() ?? null,
    cancelReason: o.cancelReason,
    lateCancellation: o.lateCancellation,
    deliveredAt: o.deliveredAt?.toISOString() ?? null,
    closedAt: o.closedAt?.toISOString() ?? null,
    updatedAt: o.updatedAt.toISOString(),
    version: o.version,
  };
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

export function mapTimelineEvent(e: OrderEventEntity, actor: PersonName | null): TimelineEventDto {
  return {
    id: String(e.id),
    at: e.at.toISOString(),
    type: e.type as OrderEventType,
    actor: actor ? { id: actor.id, displayName: actor.displayName } : null,
    fromStatus: (e.fromStatus as OrderStatus | null) ?? null,
    toStatus: (e.toStatus as OrderStatus | null) ?? null,
    occurrenceId: e.occurrenceId,
    detail: e.detail,
  };
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

/** With the author's name and whether they write as a coordinator (from the auth module). */
export function mapMessage(m: OrderMessageEntity, author: PersonName | null): OrderMessageDto {
  return {
    id: m.id,
    author: { id: m.authorUserId, displayName: author?.displayName ?? '' },
    fromCoordinator: !!author?.roles.includes(Role.Coordinator),
    body: m.body,
    createdAt: m.createdAt.toISOString(),
  };
}

export class OrderMessagePageDto {
  @ApiProperty({ type: [OrderMessageDto] })
  items: OrderMessageDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
