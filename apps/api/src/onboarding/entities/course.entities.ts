import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import { CourseKind } from '../onboarding.rules';

const KINDS = Object.values(CourseKind)
  .map((k) => `'${k}'`)
  .join(', ');

/** A course the county runs (or buys): the basic training, further training, mentor training, co-training. */
@Entity({ name: 'course' })
@Index('ix_course_starts', ['startsOn', 'id'])
@Check('ck_course_kind', `"kind" IN (${KINDS})`)
@Check('ck_course_dates', `"ends_on" >= "starts_on"`)
@Check('ck_course_capacity', `"capacity" > 0`)
@Check('ck_course_hours', `"hours" > 0`)
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  organiser: string;

  @Column({ type: 'text' })
  kind: CourseKind;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  /** Hours a completed course gives in the person's training record. */
  @Column({ type: 'integer' })
  hours: number;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @ForeignKey('user_account', { name: 'fk_course_created_by' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}

/** One meeting of a course: attendance is kept per session. */
@Entity({ name: 'course_session' })
@Index('ix_course_session_course', ['courseId', 'startsAt'])
@Check('ck_course_session_times', `"ends_at" > "starts_at"`)
export class CourseSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('course', { name: 'fk_course_session_course', onDelete: 'CASCADE' })
  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  topic: string | null;
}

export enum EnrolmentStatus {
  Enrolled = 'enrolled',
  Completed = 'completed',
  Withdrawn = 'withdrawn',
}

/**
 * A person on a course: an expert in the registry, or an applicant at the training step (whose completed
 * course goes to the registry with them when they are taken in).
 */
@Entity({ name: 'course_enrolment' })
@Unique('uq_course_enrolment_expert', ['courseId', 'expertId'])
@Unique('uq_course_enrolment_application', ['courseId', 'applicationId'])
@Check('ck_course_enrolment_person', `("expert_id" IS NULL) <> ("application_id" IS NULL)`)
@Check('ck_course_enrolment_status', `"status" IN ('enrolled', 'completed', 'withdrawn')`)
@Index('ix_course_enrolment_expert', ['expertId'])
@Index('ix_course_enrolment_application', ['applicationId'])
export class CourseEnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('course', { name: 'fk_course_enrolment_course', onDelete: 'CASCADE' })
  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @ForeignKey('expert', { name: 'fk_course_enrolment_expert', onDelete: 'CASCADE' })
  @Column({ name: 'expert_id', type: 'uuid', nullable: true })
  expertId: string | null;

  @ForeignKey('application', { name: 'fk_course_enrolment_application', onDelete: 'CASCADE' })
  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ type: 'text', default: EnrolmentStatus.Enrolled })
  status: EnrolmentStatus;

  @CreateDateColumn({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt: Date;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;
}

/** Whether a person was at one session. */
@Entity({ name: 'course_attendance' })
export class CourseAttendanceEntity {
  @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' })
  @ForeignKey('course_enrolment', { name: 'fk_course_attendance_enrolment', onDelete: 'CASCADE' })
  enrolmentId: string;

  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  @ForeignKey('course_session', { name: 'fk_course_attendance_session', onDelete: 'CASCADE' })
  sessionId: string;

  @Column({ type: 'boolean' })
  present: boolean;

  @ForeignKey('user_account', { name: 'fk_course_attendance_recorded_by' })
  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
