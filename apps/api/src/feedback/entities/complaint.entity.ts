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
import { ComplaintOutcome, ComplaintStatus } from '../feedback.rules';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * "Something went wrong" with a task, from the ordering unit's feedback: the words (sealed), the
 * coordinator's answer, the expert's view (asked and kept apart), and the outcome. It never touches the fee.
 */
@Entity({ name: 'complaint' })
@Check('ck_complaint_status', `"status" IN (${list(Object.values(ComplaintStatus))})`)
@Check('ck_complaint_outcome', `"outcome" IS NULL OR "outcome" IN (${list(Object.values(ComplaintOutcome))})`)
@Index('ix_complaint_status', ['status', 'receivedAt'])
@Index('ix_complaint_expert', ['expertId'])
@Index('ix_complaint_unit', ['unitId'])
export class ComplaintEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('assignment', { name: 'fk_complaint_assignment', onDelete: 'CASCADE' })
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @ForeignKey('expert', { name: 'fk_complaint_expert', onDelete: 'CASCADE' })
  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @ForeignKey('org_unit', { name: 'fk_complaint_unit' })
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  /** The feedback it came with. */
  @ForeignKey('feedback_request', { name: 'fk_complaint_feedback_request', onDelete: 'SET NULL' })
  @Column({ name: 'feedback_request_id', type: 'uuid', nullable: true })
  feedbackRequestId: string | null;

  @ForeignKey('user_account', { name: 'fk_complaint_made_by', onDelete: 'SET NULL' })
  @Column({ name: 'made_by', type: 'uuid', nullable: true })
  madeBy: string | null;

  /** What went wrong, in the complainant's words (AES-256-GCM). */
  @Column({ name: 'text_enc', type: 'text' })
  textEnc: string;

  @Column({ type: 'text', default: ComplaintStatus.Received })
  status: ComplaintStatus;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  /** The coordinator's answer to the complainant (sealed). */
  @Column({ name: 'answer_enc', type: 'text', nullable: true })
  answerEnc: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** What the coordinator asked the expert (the expert sees this, never the complainant's words). */
  @Column({ name: 'view_question_enc', type: 'text', nullable: true })
  viewQuestionEnc: string | null;

  @Column({ name: 'view_asked_at', type: 'timestamptz', nullable: true })
  viewAskedAt: Date | null;

  /** The expert's view, kept apart (sealed; read by the coordinators only). */
  @Column({ name: 'expert_view_enc', type: 'text', nullable: true })
  expertViewEnc: string | null;

  @Column({ name: 'view_given_at', type: 'timestamptz', nullable: true })
  viewGivenAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: ComplaintOutcome | null;

  /** The closing words, to the complainant and the expert (sealed). */
  @Column({ name: 'outcome_note_enc', type: 'text', nullable: true })
  outcomeNoteEnc: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @ForeignKey('user_account', { name: 'fk_complaint_handled_by', onDelete: 'SET NULL' })
  @Column({ name: 'handled_by', type: 'uuid', nullable: true })
  handledBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
