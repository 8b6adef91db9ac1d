import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  VersionColumn,
} from 'typeorm';
import { SupervisionWish } from '../briefing.rules';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The briefing before one task time (4T: *Tutustuminen*, *Turvallisuus*), written by the ordering unit:
 * the contact person on site, the audience, what the expert may and may not be asked, safety. Asked for
 * when the time is staffed; the unit may write it ahead. The answers are sealed as one JSON (they may tell
 * of the audience's health).
 */
@Entity({ name: 'task_briefing' })
@Index('ix_task_briefing_order', ['orderId'])
export class TaskBriefingEntity {
  @ForeignKey('order_occurrence', { name: 'fk_task_briefing_occurrence', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'occurrence_id', type: 'uuid' })
  occurrenceId: string;

  @ForeignKey('task_order', { name: 'fk_task_briefing_order', onDelete: 'CASCADE' })
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  /** When the time was staffed and the unit asked (null: written ahead, before anyone asked). */
  @Column({ name: 'requested_at', type: 'timestamptz', nullable: true })
  requestedAt: Date | null;

  /** The unit's one reminder to write it. */
  @Column({ name: 'write_reminded_at', type: 'timestamptz', nullable: true })
  writeRemindedAt: Date | null;

  /** The answers (BriefingContent) as AES-256-GCM sealed JSON; null until written. */
  @Column({ name: 'content_enc', type: 'text', nullable: true })
  contentEnc: string | null;

  /** How many times it has been written: an expert's confirmation names the revision read. */
  @Column({ type: 'int', default: 0 })
  revision: number;

  @ForeignKey('user_account', { name: 'fk_task_briefing_writer', onDelete: 'SET NULL' })
  @Column({ name: 'written_by', type: 'uuid', nullable: true })
  writtenBy: string | null;

  @Column({ name: 'written_at', type: 'timestamptz', nullable: true })
  writtenAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}

/** One expert's reading of a briefing (made when their task on the time is confirmed). */
@Entity({ name: 'task_briefing_read' })
@Check(
  'ck_task_briefing_read_wish',
  `"supervision_wish" IS NULL OR "supervision_wish" IN (${list(Object.values(SupervisionWish))})`,
)
@Index('ix_task_briefing_read_expert', ['expertId'])
export class TaskBriefingReadEntity {
  @ForeignKey('task_briefing', { name: 'fk_task_briefing_read_briefing', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'occurrence_id', type: 'uuid' })
  occurrenceId: string;

  @ForeignKey('expert', { name: 'fk_task_briefing_read_expert', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @ForeignKey('assignment', { name: 'fk_task_briefing_read_assignment', onDelete: 'CASCADE' })
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  /** The revision the expert confirmed having read (null: not yet). */
  @Column({ name: 'revision_read', type: 'int', nullable: true })
  revisionRead: number | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** The one reminder the business day before. */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  /** A demanding task: the supervision the expert asked for with the confirmation. */
  @Column({ name: 'supervision_wish', type: 'text', nullable: true })
  supervisionWish: SupervisionWish | null;
}
