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
import { IndicatorReason, IndicatorRequestStatus } from '../feedback.rules';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * THL's participation indicator asked of one expert: at joining, then yearly. The version asked, the ten
 * answers (numbers only) and their score 0–100, and the one reminder. One open at a time per expert; the
 * joining one once per expert.
 */
@Entity({ name: 'indicator_request' })
@Check('ck_indicator_request_status', `"status" IN (${list(Object.values(IndicatorRequestStatus))})`)
@Check('ck_indicator_request_reason', `"reason" IN (${list(Object.values(IndicatorReason))})`)
@Check('ck_indicator_request_score', `"score" IS NULL OR ("score" >= 0 AND "score" <= 100)`)
@Check(
  'ck_indicator_request_answered',
  `("status" = 'answered') = ("answered_at" IS NOT NULL AND "answers" IS NOT NULL AND "score" IS NOT NULL)`,
)
@Index('uq_indicator_request_open', ['expertId'], { unique: true, where: `"status" = 'open'` })
@Index('uq_indicator_request_joining', ['expertId'], { unique: true, where: `"reason" = 'joining'` })
@Index('ix_indicator_request_expert', ['expertId', 'askedAt'])
@Index('ix_indicator_request_user', ['userId', 'status', 'askedAt'])
@Index('ix_indicator_request_remind', ['status', 'remindAt'])
export class IndicatorRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('expert', { name: 'fk_indicator_request_expert', onDelete: 'CASCADE' })
  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  /** The expert's account (who is asked and answers). */
  @ForeignKey('user_account', { name: 'fk_indicator_request_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The indicator version asked (its answers keep it). */
  @ForeignKey('questionnaire', { name: 'fk_indicator_request_questionnaire' })
  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @Column({ type: 'text' })
  reason: IndicatorReason;

  @Column({ type: 'text', default: IndicatorRequestStatus.Open })
  status: IndicatorRequestStatus;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt: Date;

  @Column({ name: 'remind_at', type: 'timestamptz' })
  remindAt: Date;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** The 1–5 answers by item id. */
  @Column({ type: 'jsonb', nullable: true })
  answers: Record<string, number> | null;

  /** 0–100 (`indicatorScore`), computed when answered. */
  @Column({ type: 'integer', nullable: true })
  score: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
