import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { SupervisionKind, SupervisionPurpose } from '../feedback.rules';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A supervision session (*työnohjaus*), individual or a group: a time, a supervisor (who may be from
 * outside), the experts, and what it goes with (before or after a demanding task, or the regular rhythm).
 */
@Entity({ name: 'supervision_session' })
@Check('ck_supervision_session_kind', `"kind" IN (${list(Object.values(SupervisionKind))})`)
@Check('ck_supervision_session_purpose', `"purpose" IN (${list(Object.values(SupervisionPurpose))})`)
@Check('ck_supervision_session_time', `"ends_at" > "starts_at"`)
@Index('ix_supervision_session_starts', ['startsAt'])
export class SupervisionSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: SupervisionKind;

  @Column({ type: 'text' })
  purpose: SupervisionPurpose;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** Where, or how to join (a video link). */
  @Column({ type: 'text' })
  place: string;

  @Column({ name: 'supervisor_name', type: 'text' })
  supervisorName: string;

  /** The supervisor is from outside the county (a purchased service). */
  @Column({ name: 'supervisor_external', type: 'boolean', default: false })
  supervisorExternal: boolean;

  /** The task it goes with (before or after). */
  @ForeignKey('assignment', { name: 'fk_supervision_session_assignment', onDelete: 'SET NULL' })
  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  @ForeignKey('user_account', { name: 'fk_supervision_session_created_by', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Called off before it started (the experts were told); a cancelled session counts no minutes. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @ForeignKey('user_account', { name: 'fk_supervision_session_cancelled_by', onDelete: 'SET NULL' })
  @Column({ name: 'cancelled_by', type: 'uuid', nullable: true })
  cancelledBy: string | null;

  @VersionColumn()
  version: number;
}

/** An expert in a session, and whether they came (null until marked). */
@Entity({ name: 'supervision_participant' })
@Index('ix_supervision_participant_expert', ['expertId'])
export class SupervisionParticipantEntity {
  @ForeignKey('supervision_session', { name: 'fk_supervision_participant_session', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ForeignKey('expert', { name: 'fk_supervision_participant_expert', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @Column({ type: 'boolean', nullable: true })
  attended: boolean | null;
}
