import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * The participants' short link and QR code of one task time: anonymous feedback without signing in, from
 * the start of the time to 14 days after it, asked with the participants' questionnaire version of the day
 * the link was made.
 */
@Entity({ name: 'participant_link' })
@Unique('uq_participant_link_token', ['token'])
@Unique('uq_participant_link_occurrence', ['occurrenceId'])
export class ParticipantLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Ten characters a person can type from a slide. */
  @Column({ type: 'text' })
  token: string;

  @ForeignKey('order_occurrence', { name: 'fk_participant_link_occurrence', onDelete: 'CASCADE' })
  @Column({ name: 'occurrence_id', type: 'uuid' })
  occurrenceId: string;

  @ForeignKey('questionnaire', { name: 'fk_participant_link_questionnaire' })
  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @ForeignKey('user_account', { name: 'fk_participant_link_created_by', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
