import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ReminderStatus {
  Open = 'open',
  Done = 'done',
  Cancelled = 'cancelled',
}

/**
 * "Remind the owner N business days before the due date, escalate to the coordinator when it passes."
 * Modules open one when a step gets an owner and a due date, and close it when the step is done.
 */
@Entity({ name: 'reminder' })
@Index('uq_reminder_open_subject', ['kind', 'subjectType', 'subjectId'], { unique: true, where: `"status" = 'open'` })
@Index('ix_reminder_remind_at', ['remindAt'], { where: `"status" = 'open' AND "reminded_at" IS NULL` })
@Index('ix_reminder_due_at', ['dueAt'], { where: `"status" = 'open' AND "escalated_at" IS NULL` })
@Check('ck_reminder_status', `"status" IN ('open', 'done', 'cancelled')`)
@Check('ck_reminder_remind_before_due', `"remind_at" <= "due_at"`)
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** What kind of step, e.g. `offer.answer`, `fee.approve`, `onboarding.step`. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ name: 'owner_user_id', type: 'uuid' })
  ownerUserId: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'remind_at', type: 'timestamptz' })
  remindAt: Date;

  /** What the step is about, in fi/sv/en, and where in the app to do it. */
  @Column({ type: 'jsonb' })
  params: { title: { fi: string; sv: string; en: string }; link: string };

  @Column({ type: 'text', default: ReminderStatus.Open })
  status: ReminderStatus;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
