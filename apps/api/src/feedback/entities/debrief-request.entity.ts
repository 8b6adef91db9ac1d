import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { DebriefContact, DebriefStatus } from '../feedback.rules';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * An expert's request to talk to someone after a task (or at any time): who, how to be reached, their own
 * words (encrypted: they may tell of health), and how the coordinators handled it.
 */
@Entity({ name: 'debrief_request' })
@Check('ck_debrief_request_status', `"status" IN (${list(Object.values(DebriefStatus))})`)
@Check('ck_debrief_request_contact', `"contact" IN (${list(Object.values(DebriefContact))})`)
@Index('ix_debrief_request_status_due', ['status', 'dueAt'])
@Index('ix_debrief_request_expert', ['expertId', 'requestedAt'])
export class DebriefRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('expert', { name: 'fk_debrief_request_expert', onDelete: 'CASCADE' })
  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  /** The task it follows, if any. */
  @ForeignKey('assignment', { name: 'fk_debrief_request_assignment', onDelete: 'SET NULL' })
  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  @Column({ type: 'text' })
  contact: DebriefContact;

  /** The expert's own words (AES-256-GCM). */
  @Column({ name: 'message_enc', type: 'text', nullable: true })
  messageEnc: string | null;

  @Column({ type: 'text', default: DebriefStatus.Open })
  status: DebriefStatus;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  /** One business day after the request. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  /** When the coordinators were told nobody had taken it by the due moment. */
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @ForeignKey('user_account', { name: 'fk_debrief_request_taken_by' })
  @Column({ name: 'taken_by', type: 'uuid', nullable: true })
  takenBy: string | null;

  @Column({ name: 'taken_at', type: 'timestamptz', nullable: true })
  takenAt: Date | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  /** The coordinators' note of how it went (AES-256-GCM; never shown to the expert). */
  @Column({ name: 'note_enc', type: 'text', nullable: true })
  noteEnc: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
