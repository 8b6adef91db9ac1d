import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, ForeignKey } from 'typeorm';
import { ExpertEntity } from './expert.entity';

@Entity({ name: 'training_record' })
@Index('ix_training_record_expert', ['expertId', 'completedOn'])
@Check('ck_training_record_hours', `"hours" BETWEEN 0 AND 2000`)
export class TrainingRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @ManyToOne(() => ExpertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_training_record_expert' })
  expert?: ExpertEntity;

  @Column({ type: 'text' })
  course: string;

  @Column({ type: 'text', nullable: true })
  provider: string | null;

  @Column({ type: 'integer' })
  hours: number;

  @Column({ name: 'completed_on', type: 'date' })
  completedOn: string;

  /** A mentor training course (qualifies for the mentor tier). */
  @Column({ name: 'mentor_training', type: 'boolean', default: false })
  mentorTraining: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A recurring weekly time when the expert can usually work (Helsinki wall-clock time). */
@Entity({ name: 'expert_weekly_availability' })
@Index('ix_expert_weekly_availability_expert', ['expertId', 'weekday'])
@Check('ck_expert_weekly_availability_weekday', `"weekday" BETWEEN 1 AND 7`)
@Check('ck_expert_weekly_availability_times', `"starts_at" < "ends_at"`)
export class WeeklyAvailabilityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @ManyToOne(() => ExpertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_expert_weekly_availability_expert' })
  expert?: ExpertEntity;

  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint' })
  weekday: number;

  @Column({ name: 'starts_at', type: 'time' })
  startsAt: string;

  @Column({ name: 'ends_at', type: 'time' })
  endsAt: string;
}

export enum AbsenceKind {
  Absence = 'absence',
  /** "I need a break until…": the person's own wellbeing. */
  Break = 'break',
}

@Entity({ name: 'expert_absence' })
@Index('ix_expert_absence_expert', ['expertId', 'startsOn'])
@Check('ck_expert_absence_dates', `"starts_on" <= "ends_on"`)
@Check('ck_expert_absence_kind', `"kind" IN ('absence', 'break')`)
export class AbsenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @ManyToOne(() => ExpertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_expert_absence_expert' })
  expert?: ExpertEntity;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'text', default: AbsenceKind.Absence })
  kind: AbsenceKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A unit or topic the expert will not work with (safety, conflict of interest). */
@Entity({ name: 'expert_exclusion' })
@Index('ix_expert_exclusion_expert', ['expertId'])
@Check('ck_expert_exclusion_target', `"unit_id" IS NOT NULL OR "topic" IS NOT NULL`)
export class ExclusionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @ManyToOne(() => ExpertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_expert_exclusion_expert' })
  expert?: ExpertEntity;

  @ForeignKey('org_unit', { name: 'fk_expert_exclusion_unit', onDelete: 'CASCADE' })
  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'text', nullable: true })
  topic: string | null;
}

@Entity({ name: 'expert_status_change' })
@Index('ix_expert_status_change_expert', ['expertId', 'changedAt'])
export class StatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @ManyToOne(() => ExpertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_expert_status_change_expert' })
  expert?: ExpertEntity;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}

@Entity({ name: 'expert_consent' })
@Index('ix_expert_consent_expert', ['expertId', 'kind'])
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'expert_id', type: 'uuid' })
  expertId: string;

  @ManyToOne(() => ExpertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_expert_consent_expert' })
  expert?: ExpertEntity;

  /** e.g. `registry`, `public_profile`, `video`, `research`. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'given_at', type: 'timestamptz' })
  givenAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}
