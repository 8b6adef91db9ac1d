import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { type ItemText, QuestionnaireAudience, type QuestionnaireItem } from '../feedback.rules';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One version of an instrument (the orderer's and the expert's 4T questions after a task, the
 * participants' questions, THL's participation indicator). A version never changes once saved: the admin
 * saves a new one, new requests use the newest, and old answers keep the version they answered.
 */
@Entity({ name: 'questionnaire' })
@Unique('uq_questionnaire_key_version', ['key', 'version'])
@Check('ck_questionnaire_audience', `"audience" IN (${list(Object.values(QuestionnaireAudience))})`)
export class QuestionnaireEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The instrument (e.g. `expert-after-task`); its versions share it. */
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  audience: QuestionnaireAudience;

  @Column({ type: 'jsonb' })
  title: ItemText;

  @Column({ type: 'jsonb' })
  items: QuestionnaireItem[];

  /**
   * Wording under someone else's terms (THL's indicator): no further version may be saved, so the
   * published wording cannot be altered.
   */
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  /** Where the wording comes from and on what terms (shown with it). */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @ForeignKey('user_account', { name: 'fk_questionnaire_created_by' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
