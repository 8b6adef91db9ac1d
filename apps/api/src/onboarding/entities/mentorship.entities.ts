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
import { MentorshipStatus } from '../onboarding.rules';

/**
 * A trainee paired with a mentor (docs/onboarding.md, "Mentoring path"): the trainee goes to tasks with
 * the mentor until `tasksRequired` of them are approved; then a coordinator completes it.
 */
@Entity({ name: 'mentorship' })
@Index('ix_mentorship_mentor', ['mentorExpertId', 'status'])
@Index('uq_mentorship_active_trainee', ['traineeExpertId'], { unique: true, where: `"status" = 'active'` })
@Check('ck_mentorship_status', `"status" IN ('active', 'completed', 'ended')`)
@Check('ck_mentorship_people', `"mentor_expert_id" <> "trainee_expert_id"`)
@Check('ck_mentorship_tasks', `"tasks_required" BETWEEN 1 AND 20`)
export class MentorshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('expert', { name: 'fk_mentorship_mentor', onDelete: 'CASCADE' })
  @Column({ name: 'mentor_expert_id', type: 'uuid' })
  mentorExpertId: string;

  @ForeignKey('expert', { name: 'fk_mentorship_trainee', onDelete: 'CASCADE' })
  @Column({ name: 'trainee_expert_id', type: 'uuid' })
  traineeExpertId: string;

  @Column({ name: 'tasks_required', type: 'integer' })
  tasksRequired: number;

  @Column({ type: 'text', default: MentorshipStatus.Active })
  status: MentorshipStatus;

  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  /** Why it ended early (ended), or the coordinator's words when completing it. */
  @Column({ name: 'closing_note', type: 'text', nullable: true })
  closingNote: string | null;

  @ForeignKey('user_account', { name: 'fk_mentorship_created_by' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}

/** The mentor's short assessment of one task the trainee did with them. */
@Entity({ name: 'mentorship_assessment' })
@Unique('uq_mentorship_assessment_task', ['mentorshipId', 'assignmentId'])
@Index('ix_mentorship_assessment_mentorship', ['mentorshipId', 'taskStartsAt'])
export class MentorshipAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('mentorship', { name: 'fk_mentorship_assessment_mentorship', onDelete: 'CASCADE' })
  @Column({ name: 'mentorship_id', type: 'uuid' })
  mentorshipId: string;

  /** The trainee's task (matching's assignment), read through the published view `matching.assignments`. */
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @Column({ name: 'task_starts_at', type: 'timestamptz' })
  taskStartsAt: Date;

  @Column({ type: 'boolean' })
  approved: boolean;

  /** What went well and what to practise; seen by the coordinators, the mentor and the trainee. */
  @Column({ type: 'text' })
  note: string;

  @ForeignKey('user_account', { name: 'fk_mentorship_assessment_by' })
  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
