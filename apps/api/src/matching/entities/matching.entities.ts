import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  ForeignKey,
} from 'typeorm';
import { AssignmentStatus, OfferMode, OfferStatus } from '../assignment.rules';

/** An offer of an order's times to one expert; offers sent together share a group. */
@Entity({ name: 'offer' })
@Index('ix_offer_expert', ['expertId', 'createdAt'])
@Index('ix_offer_order', ['orderId', 'createdAt'])
@Index('ix_offer_group', ['groupId'])
@Index('ix_offer_open_due', ['answerDueAt'], { where: `"status" = 'open'` })
@Index('uq_offer_open', ['orderId', 'expertId'], { unique: true, where: `"status" = 'open'` })
@Check('ck_offer_status', `"status" IN ('open', 'accepted', 'declined', 'expired', 'withdrawn')`)
@Check('ck_offer_mode', `"mode" IN ('single', 'first_to_accept', 'coordinator_picks')`)
@Check('ck_offer_answered', `"status" IN ('open', 'withdrawn', 'expired') OR "answered_at" IS NOT NULL`)
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('task_order', { name: 'fk_offer_order', onDelete: 'CASCADE' })
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ForeignKey('expert', { name: 'fk_offer_expert', onDelete: 'CASCADE' })
  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ type: 'text' })
  mode: OfferMode;

  @Column({ type: 'text' })
  status: OfferStatus;

  /** The times offered (ids of the order's occurrences). */
  @Column({ name: 'occurrence_ids', type: 'uuid', array: true })
  occurrenceIds: string[];

  /** The candidate's place in the ranked list when offered (1 = top), and the score then. */
  @Column({ type: 'integer', nullable: true })
  rank: number | null;

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true })
  score: string | null;

  @Column({ name: 'answer_due_at', type: 'timestamptz' })
  answerDueAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @ForeignKey('user_account', { name: 'fk_offer_created_by' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * One expert on one time of an order. The database guarantees that an expert never holds two
 * overlapping confirmed (or completed) assignments: an exclusion constraint on the time range.
 */
@Entity({ name: 'assignment' })
@Index('ix_assignment_expert', ['expertId', 'startsAt'])
@Index('ix_assignment_order', ['orderId', 'startsAt'])
@Index('ix_assignment_occurrence', ['occurrenceId'])
@Index('uq_assignment_live', ['occurrenceId', 'expertId'], { unique: true, where: `"status" <> 'cancelled'` })
@Exclusion(
  'ex_assignment_no_overlap',
  `USING gist ("expert_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" IN ('confirmed', 'completed'))`,
)
@Check('ck_assignment_status', `"status" IN ('accepted', 'confirmed', 'completed', 'no_show', 'cancelled')`)
@Check('ck_assignment_times', `"starts_at" < "ends_at"`)
@Check('ck_assignment_cancelled', `("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)`)
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('task_order', { name: 'fk_assignment_order', onDelete: 'CASCADE' })
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ForeignKey('order_occurrence', { name: 'fk_assignment_occurrence', onDelete: 'CASCADE' })
  @Column({ name: 'occurrence_id', type: 'uuid' })
  occurrenceId: string;

  @ForeignKey('expert', { name: 'fk_assignment_expert', onDelete: 'CASCADE' })
  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @Column({ name: 'offer_id', type: 'uuid', nullable: true })
  offerId: string | null;

  @ManyToOne(() => OfferEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'fk_assignment_offer' })
  offer?: OfferEntity | null;

  @Column({ type: 'text' })
  status: AssignmentStatus;

  /** The time, copied from the occurrence (kept in step when the time moves). */
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'late_cancellation', type: 'boolean', default: false })
  lateCancellation: boolean;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Offering someone other than the top-ranked candidate needs a reason: the fairness ledger. */
@Entity({ name: 'fairness_ledger' })
@Index('ix_fairness_ledger_order', ['orderId', 'createdAt'])
export class FairnessLedgerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('task_order', { name: 'fk_fairness_ledger_order', onDelete: 'CASCADE' })
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ name: 'offered_expert_id', type: 'uuid' })
  offeredExpertId: string;

  @Column({ name: 'top_expert_id', type: 'uuid' })
  topExpertId: string;

  @Column({ name: 'offered_rank', type: 'integer', nullable: true })
  offeredRank: number | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The coordinators' score weights (one row). */
@Entity({ name: 'matching_settings' })
export class MatchingSettingsEntity {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'jsonb' })
  weights: Record<string, number>;

  @Column({ name: 'offer_answer_business_days', type: 'integer' })
  offerAnswerBusinessDays: number;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** An expert's secret calendar address (only a hash is kept). */
@Entity({ name: 'calendar_feed' })
@Index('uq_calendar_feed_token', ['tokenHash'], { unique: true })
export class CalendarFeedEntity {
  @ForeignKey('expert', { name: 'fk_calendar_feed_expert', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
