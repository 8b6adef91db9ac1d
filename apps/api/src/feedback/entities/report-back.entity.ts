import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * "What my task gave" (4T *Tieto*): made for the expert when a task's feedback closes. What the orderer
 * and the participants said is read live from their answers (with the small-cell rule); this row holds
 * when it was made and the coordinator's own words.
 */
@Entity({ name: 'report_back' })
@Unique('uq_report_back_assignment', ['assignmentId'])
@Index('ix_report_back_expert', ['expertId', 'readyAt'])
export class ReportBackEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('assignment', { name: 'fk_report_back_assignment', onDelete: 'CASCADE' })
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @ForeignKey('expert', { name: 'fk_report_back_expert', onDelete: 'CASCADE' })
  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @Column({ name: 'ready_at', type: 'timestamptz' })
  readyAt: Date;

  /** The coordinator's words to the expert (sealed). */
  @Column({ name: 'note_enc', type: 'text', nullable: true })
  noteEnc: string | null;

  @ForeignKey('user_account', { name: 'fk_report_back_noted_by', onDelete: 'SET NULL' })
  @Column({ name: 'noted_by', type: 'uuid', nullable: true })
  notedBy: string | null;

  @Column({ name: 'noted_at', type: 'timestamptz', nullable: true })
  notedAt: Date | null;
}
