import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { StoredFileColumns } from '../../common/stored-file';
import { ApplicationStep, InterviewAnswer } from '../onboarding.rules';

const STEPS = Object.values(ApplicationStep)
  .map((s) => `'${s}'`)
  .join(', ');

/**
 * A sent form whose e-mail address is not confirmed yet. Its content is encrypted, only the
 * confirmation link reads it, and it is deleted when confirmed or two days after it was sent.
 * The rows also count posts per network address and per e-mail for the rate limits.
 */
@Entity({ name: 'application_submission' })
@Index('ix_application_submission_address', ['address', 'createdAt'])
@Index('ix_application_submission_email', ['emailHash', 'createdAt'])
export class ApplicationSubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The form as JSON, encrypted (AES-GCM); null once confirmed. */
  @Column({ name: 'payload_encrypted', type: 'text', nullable: true })
  payloadEncrypted: string | null;

  /** Keyed hash of the lower-cased address (rate limit per e-mail without keeping the address). */
  @Column({ name: 'email_hash', type: 'text' })
  emailHash: string;

  /** The network address it came from. */
  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}

/** A recruitment round: the form is open on these days, up to a quota of confirmed applications. */
@Entity({ name: 'recruitment_round' })
@Check('ck_recruitment_round_dates', `"closes_on" >= "opens_on"`)
@Check('ck_recruitment_round_quota', `"quota" IS NULL OR "quota" > 0`)
export class RecruitmentRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'opens_on', type: 'date' })
  opensOn: string;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn: string;

  @Column({ type: 'integer', nullable: true })
  quota: number | null;

  @ForeignKey('user_account', { name: 'fk_recruitment_round_created_by' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export interface AreaChoice {
  code: string;
  visibleToOrderers: boolean;
}

export interface PriorTraining {
  course: string;
  organiser: string;
  hours: number;
  year: number;
}

/** A confirmed application, from the public form to an active expert (or a kind refusal). */
@Entity({ name: 'application' })
@Index('ix_application_step_due', ['step', 'stepDueOn'])
@Index('ix_application_email', ['email'])
@Check('ck_application_step', `"step" IN (${STEPS})`)
@Check('ck_application_interview_answer', `"interview_answer" IN ('confirmed', 'other_time')`)
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  step: ApplicationStep;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  /** Lower case. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  /** The language the applicant used: every letter is written in it. */
  @Column({ type: 'text' })
  locale: string;

  @ForeignKey('municipality', { name: 'fk_application_municipality' })
  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ type: 'text', array: true, default: '{}' })
  languages: string[];

  /** Experience areas (special-category data: reads are audited) with who may see each. */
  @Column({ type: 'jsonb', default: [] })
  areas: AreaChoice[];

  @Column({ name: 'task_types', type: 'text', array: true, default: '{}' })
  taskTypes: string[];

  @Column({ name: 'prior_training', type: 'jsonb', default: [] })
  priorTraining: PriorTraining[];

  @Column({ type: 'text', nullable: true })
  availability: string | null;

  @Column({ name: 'heard_from', type: 'text', nullable: true })
  heardFrom: string | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** The version of the privacy notice the applicant read before sending. */
  @Column({ name: 'privacy_notice_version', type: 'text' })
  privacyNoticeVersion: string;

  @Column({ name: 'guardian_name', type: 'text', nullable: true })
  guardianName: string | null;

  @Column({ name: 'guardian_email', type: 'text', nullable: true })
  guardianEmail: string | null;

  @Column({ name: 'guardian_phone', type: 'text', nullable: true })
  guardianPhone: string | null;

  @Column({ name: 'guardian_consented_at', type: 'timestamptz', nullable: true })
  guardianConsentedAt: Date | null;

  @ForeignKey('recruitment_round', { name: 'fk_application_round' })
  @Column({ name: 'round_id', type: 'uuid', nullable: true })
  roundId: string | null;

  /** The coordinator who has the application (from screening on). */
  @ForeignKey('user_account', { name: 'fk_application_owner' })
  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @Column({ name: 'step_entered_at', type: 'timestamptz' })
  stepEnteredAt: Date;

  /** The last business day of the step before its owner is reminded; null when nobody has it. */
  @Column({ name: 'step_due_on', type: 'date', nullable: true })
  stepDueOn: string | null;

  @Column({ name: 'interview_at', type: 'timestamptz', nullable: true })
  interviewAt: Date | null;

  @Column({ name: 'interview_place', type: 'text', nullable: true })
  interviewPlace: string | null;

  /** The applicant's answer to the interview time (from the letter's link); cleared when the time changes. */
  @Column({ name: 'interview_answer', type: 'text', nullable: true })
  interviewAnswer: InterviewAnswer | null;

  @Column({ name: 'interview_answered_at', type: 'timestamptz', nullable: true })
  interviewAnsweredAt: Date | null;

  /** Why it was rejected or closed (the applicant is told). */
  @Column({ name: 'outcome_reason', type: 'text', nullable: true })
  outcomeReason: string | null;

  @ForeignKey('expert', { name: 'fk_application_expert', onDelete: 'SET NULL' })
  @Column({ name: 'expert_id', type: 'uuid', nullable: true })
  expertId: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz' })
  confirmedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export enum ApplicationActor {
  Applicant = 'applicant',
  Guardian = 'guardian',
  Coordinator = 'coordinator',
  System = 'system',
}

/** One entry of an application's timeline: a move, an interview time, a private note. */
@Entity({ name: 'application_event' })
@Index('ix_application_event_application', ['applicationId', 'at'])
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('application', { name: 'fk_application_event_application', onDelete: 'CASCADE' })
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind: ApplicationActor;

  @ForeignKey('user_account', { name: 'fk_application_event_actor' })
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'from_step', type: 'text', nullable: true })
  fromStep: string | null;

  @Column({ name: 'to_step', type: 'text', nullable: true })
  toStep: string | null;

  /** Told to the applicant (a rejection's reason). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Private to the coordinators (interview notes). */
  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/**
 * A certificate of earlier training the applicant added after confirming the e-mail address (a PDF or a
 * photo). Kept with the application; read by the coordinators (audited).
 */
@Entity({ name: 'application_certificate' })
@Index('ix_application_certificate_application', ['applicationId', 'createdAt'])
export class ApplicationCertificateEntity extends StoredFileColumns {
  @ForeignKey('application', { name: 'fk_application_certificate_application', onDelete: 'CASCADE' })
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;
}
