import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParticipantLocale, ScreeningStatus } from '../feedback.rules';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One participant's anonymous answer by the QR link: the numbers, and the free text sealed and held back
 * until a coordinator has screened it for personal data. The network address is kept only as a keyed hash,
 * for the rate limit.
 */
@Entity({ name: 'participant_answer' })
@Check('ck_participant_answer_locale', `"locale" IN (${list(Object.values(ParticipantLocale))})`)
@Check(
  'ck_participant_answer_screening',
  `"screening" IS NULL OR "screening" IN (${list(Object.values(ScreeningStatus))})`,
)
@Index('ix_participant_answer_link_address', ['linkId', 'addressHash', 'answeredAt'])
@Index('ix_participant_answer_screening', ['screening', 'answeredAt'])
export class ParticipantAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('participant_link', { name: 'fk_participant_answer_link', onDelete: 'CASCADE' })
  @Column({ name: 'link_id', type: 'uuid' })
  linkId: string;

  @ForeignKey('questionnaire', { name: 'fk_participant_answer_questionnaire' })
  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @Column({ type: 'text' })
  locale: ParticipantLocale;

  @Column({ type: 'jsonb' })
  answers: Record<string, number | boolean>;

  /** The free text by item id, sealed (AES-256-GCM); null when none was written. */
  @Column({ name: 'texts_enc', type: 'text', nullable: true })
  textsEnc: string | null;

  /** Null when there is no free text; else pending until a coordinator approves or rejects it. */
  @Column({ type: 'text', nullable: true })
  screening: ScreeningStatus | null;

  @ForeignKey('user_account', { name: 'fk_participant_answer_screened_by', onDelete: 'SET NULL' })
  @Column({ name: 'screened_by', type: 'uuid', nullable: true })
  screenedBy: string | null;

  @Column({ name: 'screened_at', type: 'timestamptz', nullable: true })
  screenedAt: Date | null;

  /** HMAC of the network address (never the address itself). */
  @Column({ name: 'address_hash', type: 'text' })
  addressHash: string;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt: Date;
}
