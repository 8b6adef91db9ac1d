import { StoredFileColumns } from '../../common/stored-file';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  ForeignKey,
} from 'typeorm';
import { OccurrenceStatus, OrderMode, OrderStatus, WeeklySeries } from '../orders.rules';

export { OccurrenceStatus, OrderMode };
import { ProductEntity } from './product.entity';

const STATUSES = `'draft', 'submitted', 'in_matching', 'partly_staffed', 'staffed', 'delivered', 'closed', 'cancelled'`;

/** An order (the tilauslomake): one task or a series of occurrences, from one unit. */
@Entity({ name: 'task_order' })
@Index('uq_task_order_number', ['number'], { unique: true })
@Index('ix_task_order_created', ['createdAt', 'id'])
@Index('ix_task_order_unit_created', ['unitId', 'createdAt', 'id'])
@Index('ix_task_order_status_created', ['status', 'createdAt', 'id'])
@Index('ix_task_order_starts', ['startsAt', 'id'])
@Index('ix_task_order_title_search', { synchronize: false })
@Index('ix_task_order_inbox', ['inboxDueAt', 'id'], {
  where: `"status" IN ('submitted', 'in_matching', 'partly_staffed')`,
})
@Check('ck_task_order_status', `"status" IN (${STATUSES})`)
@Check('ck_task_order_mode', `"mode" IN ('in_person', 'remote', 'hybrid')`)
@Check('ck_task_order_expert_count', `"expert_count" BETWEEN 1 AND 20`)
@Check('ck_task_order_audience_size', `"audience_size" IS NULL OR "audience_size" BETWEEN 0 AND 100000`)
@Check('ck_task_order_submitted', `"status" IN ('draft', 'cancelled') OR "submitted_at" IS NOT NULL`)
@Check('ck_task_order_cancelled', `("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)`)
@Check(
  'ck_task_order_complete',
  `"status" = 'draft' OR ("description" IS NOT NULL AND "language_code" IS NOT NULL AND "starts_at" IS NOT NULL)`,
)
@Check('ck_task_order_period', `"ends_at" IS NULL OR "starts_at" < "ends_at"`)
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text' })
  status: OrderStatus;

  @ForeignKey('org_unit', { name: 'fk_task_order_unit' })
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  /** The unit's cost centre when the order was made (the fees module charges it). */
  @Column({ name: 'cost_centre', type: 'text', nullable: true })
  costCentre: string | null;

  @ForeignKey('user_account', { name: 'fk_task_order_contact_user' })
  @Column({ name: 'contact_user_id', type: 'uuid' })
  contactUserId: string;

  @Column({ name: 'contact_name', type: 'text' })
  contactName: string;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @Column({ name: 'product_code', type: 'text' })
  productCode: string;

  @ManyToOne(() => ProductEntity)
  @JoinColumn({ name: 'product_code', foreignKeyConstraintName: 'fk_task_order_product' })
  product?: ProductEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ type: 'text', nullable: true })
  audience: string | null;

  @Column({ name: 'audience_size', type: 'integer', nullable: true })
  audienceSize: number | null;

  @Column({ type: 'text' })
  mode: OrderMode;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ name: 'remote_link', type: 'text', nullable: true })
  remoteLink: string | null;

  @ForeignKey('municipality', { name: 'fk_task_order_municipality' })
  @Column({ name: 'municipality_code', type: 'text', nullable: true })
  municipalityCode: string | null;

  @ForeignKey('language', { name: 'fk_task_order_language' })
  @Column({ name: 'language_code', type: 'text', nullable: true })
  languageCode: string | null;

  @Column({ name: 'expert_count', type: 'integer' })
  expertCount: number;

  @ForeignKey('training_tier', { name: 'fk_task_order_wished_tier' })
  @Column({ name: 'wished_tier_code', type: 'text', nullable: true })
  wishedTierCode: string | null;

  @Column({ name: 'preparation_needs', type: 'text', nullable: true })
  preparationNeeds: string | null;

  @Column({ name: 'accessibility_needs', type: 'text', nullable: true })
  accessibilityNeeds: string | null;

  /** Whether the task suits experts under 18 (youth experts take only such tasks). */
  @Column({ name: 'suitable_for_minors', type: 'boolean', default: false })
  suitableForMinors: boolean;

  /**
   * The task is demanding for the expert (e.g. a psychiatric ward, a crisis): the expert is offered a
   * supervision (työnohjaus) time before and after it (4T, docs/feedback.md).
   */
  @Column({ type: 'boolean', default: false })
  demanding: boolean;

  /**
   * The task is with children or young people: only experts whose criminal-record extract was seen and
   * is still valid on the day are matched (Act 504/2002).
   */
  @Column({ name: 'works_with_minors', type: 'boolean', default: false })
  worksWithMinors: boolean;

  /** How results are returned to the participants (4T: Tieto). */
  @Column({ name: 'results_return', type: 'text', nullable: true })
  resultsReturn: string | null;

  @ForeignKey('expert', { name: 'fk_task_order_wished_expert', onDelete: 'SET NULL' })
  @Column({ name: 'wished_expert_id', type: 'uuid', nullable: true })
  wishedExpertId: string | null;

  /** The weekly rule the occurrences came from, when the order is a series. */
  @Column({ type: 'jsonb', nullable: true })
  series: WeeklySeries | null;

  /** Start of the first and end of the last live occurrence (kept by the service for lists and filters). */
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ name: 'occurrence_count', type: 'integer', default: 0 })
  occurrenceCount: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** The coordinators answer by this moment (N business days after submission). */
  @Column({ name: 'answer_due_at', type: 'timestamptz', nullable: true })
  answerDueAt: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** The inbox's sort key: the answer deadline until answered, then the start of the first occurrence. */
  @Column({ name: 'inbox_due_at', type: 'timestamptz', nullable: true })
  inboxDueAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  /** Cancelled close to the start: the fees module may pay a cancellation fee. */
  @Column({ name: 'late_cancellation', type: 'boolean', default: false })
  lateCancellation: boolean;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @ForeignKey('user_account', { name: 'fk_task_order_created_by' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An experience area the orderer wishes for: required (a hard constraint for matching) or preferred. */
@Entity({ name: 'order_area' })
@Index('ix_order_area_area', ['areaCode'])
export class OrderAreaEntity {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_order_area_order' })
  order?: OrderEntity;

  @ForeignKey('experience_area', { name: 'fk_order_area_area' })
  @PrimaryColumn({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'boolean' })
  required: boolean;
}

/** An expert the orderer does not want offered (e.g. a client of the unit). */
@Entity({ name: 'order_excluded_expert' })
@Index('ix_order_excluded_expert_expert', ['expertId'])
export class OrderExcludedExpertEntity {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_order_excluded_expert_order' })
  order?: OrderEntity;

  @ForeignKey('expert', { name: 'fk_order_excluded_expert_expert', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'expert_id', type: 'uuid' })
  expertId: string;
}

/** One time of an order: staffed and paid on its own. */
@Entity({ name: 'order_occurrence' })
@Index('ix_order_occurrence_order', ['orderId', 'startsAt'])
@Index('ix_order_occurrence_reminder', ['startsAt'], {
  where: `"status" = 'planned' AND "reminder_sent_at" IS NULL`,
})
@Check('ck_order_occurrence_times', `"starts_at" < "ends_at"`)
@Check('ck_order_occurrence_status', `"status" IN ('planned', 'delivered', 'cancelled')`)
@Check('ck_order_occurrence_cancelled', `("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)`)
export class OrderOccurrenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_order_occurrence_order' })
  order?: OrderEntity;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'text', default: OccurrenceStatus.Planned })
  status: OccurrenceStatus;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'late_cancellation', type: 'boolean', default: false })
  lateCancellation: boolean;

  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;
}

/** One line of an order's timeline: who did what, when. Append-only. */
@Entity({ name: 'order_event' })
@Index('ix_order_event_order', ['orderId', 'id'])
export class OrderEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_order_event_order' })
  order?: OrderEntity;

  @Column({ name: 'occurrence_id', type: 'uuid', nullable: true })
  occurrenceId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @ForeignKey('user_account', { name: 'fk_order_event_actor', onDelete: 'SET NULL' })
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus: string | null;

  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null;
}

/** A message on an order between the orderer's unit and the coordinators. */
@Entity({ name: 'order_message' })
@Index('ix_order_message_order', ['orderId', 'createdAt', 'id'])
@Check('ck_order_message_body', `char_length("body") BETWEEN 1 AND 4000`)
export class OrderMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_order_message_order' })
  order?: OrderEntity;

  @ForeignKey('user_account', { name: 'fk_order_message_author' })
  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A file attached to an order (programme, map, background material). Kept in the database. */
@Entity({ name: 'order_attachment' })
@Index('ix_order_attachment_order', ['orderId', 'createdAt'])
@Check('ck_order_attachment_size', `"size_bytes" BETWEEN 1 AND 10485760`)
export class OrderAttachmentEntity extends StoredFileColumns {
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_order_attachment_order' })
  order?: OrderEntity;

  @ForeignKey('user_account', { name: 'fk_order_attachment_uploaded_by' })
  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;
}
