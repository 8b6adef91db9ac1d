import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import { FeedbackRequestStatus, Respondent } from '../feedback.rules';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * "How did it go?" after a delivered task, asked once of each side (the orderer, the expert): the
 * questionnaire version it was asked with, the answers (numbers plain, free text encrypted), and the one
 * reminder.
 */
@Entity({ name: 'feedback_request' })
@Unique('uq_feedback_request_task_side', ['assignmentId', 'respondent'])
@Check('ck_feedback_request_status', `"status" IN (${list(Object.values(FeedbackRequestStatus))})`)
@Check('ck_feedback_request_respondent', `"respondent" IN (${list(Object.values(Respondent))})`)
@Index('ix_feedback_request_user', ['userId', 'status', 'askedAt'])
@Index('ix_feedback_request_expert', ['expertId'])
@Index('ix_feedback_request_remind', ['status', 'remindAt'])
export class FeedbackRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('assignment', { name: 'fk_feedback_request_assignment', onDelete: 'CASCADE' })
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  /** The expert whose task it was (the report-back goes to them). */
  @ForeignKey('expert', { name: 'fk_feedback_request_expert', onDelete: 'CASCADE' })
  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  /** The unit that ordered (its orderers read the unit's feedback). */
  @ForeignKey('org_unit', { name: 'fk_feedback_request_unit' })
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @Column({ type: 'text' })
  respondent: Respondent;

  /** Who is asked (the order's contact person, or the expert's account). */
  @ForeignKey('user_account', { name: 'fk_feedback_request_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ForeignKey('questionnaire', { name: 'fk_feedback_request_questionnaire' })
  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @Column({ type: 'text', default: FeedbackRequestStatus.Open })
  status: FeedbackRequestStatus;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt: Date;

  @Column({ name: 'remind_at', type: 'timestamptz' })
  remindAt: Date;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** The scales' and yes/no answers by item id. */
  @Column({ type: 'jsonb', nullable: true })
  answers: Record<string, number | boolean> | null;

  /** The free-text answers by item id, as one AES-256-GCM sealed JSON (they may tell of health). */
  @Column({ name: 'texts_enc', type: 'text', nullable: true })
  textsEnc: string | null;

  /** The expert asked to talk to someone with the answer (the debrief request made). */
  @ForeignKey('debrief_request', { name: 'fk_feedback_request_debrief', onDelete: 'SET NULL' })
  @Column({ name: 'debrief_request_id', type: 'uuid', nullable: true })
  debriefRequestId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
