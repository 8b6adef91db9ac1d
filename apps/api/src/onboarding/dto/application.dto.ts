import { OrientationCheckDto } from './orientation.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  Equals,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Locale } from '../../common/access/roles';
import { PageQueryDto } from '../../common/pagination';
import { ApplicationActor } from '../entities/onboarding.entities';
import { ApplicationMove, ApplicationStep, InterviewAnswer } from '../onboarding.rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

// ------------------------------------------------------------------ the public form

export class ApplicationAreaDto {
  @ApiProperty({ example: 'mental_health' })
  @IsString()
  @MaxLength(60)
  code: string;

  /** true: orderers may see this area on the public profile; false: the coordinators only. */
  @ApiProperty()
  @IsBoolean()
  visibleToOrderers: boolean;
}

export class PriorTrainingDto {
  @ApiProperty({ example: 'Kokemusasiantuntijakoulutus', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  course: string;

  @ApiProperty({ example: 'Mielenterveyden keskusliitto', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  organiser: string;

  @ApiProperty({ minimum: 1, maximum: 2000 })
  @IsInt()
  @Min(1)
  @Max(2000)
  hours: number;

  @ApiProperty({ minimum: 1970, maximum: 2100, example: 2024 })
  @IsInt()
  @Min(1970)
  @Max(2100)
  year: number;
}

export class GuardianDto {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'huoltaja@example.fi' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_o, v) => v !== null && v !== '')
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string | null;
}

/** The public application form. Nothing is kept until the e-mail address is confirmed. */
export class SubmitApplicationDto {
  @ApiProperty({ maxLength: 100, example: 'Aino' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName: string;

  @ApiProperty({ maxLength: 100, example: 'Virtanen' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName: string;

  @ApiProperty({ example: 'aino.virtanen@example.fi' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '+358 40 123 4567' })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_o, v) => v !== null && v !== '')
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiProperty({ example: '1985-04-12', format: 'date' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be YYYY-MM-DD' })
  birthDate: string;

  /** The language of the form: every letter to the applicant is written in it. */
  @ApiProperty({ enum: Locale, enumName: 'Locale' })
  @IsEnum(Locale)
  locale: Locale;

  @ApiProperty({ example: 'jyvaskyla' })
  @IsString()
  @MaxLength(60)
  municipalityCode: string;

  @ApiProperty({ type: [String], example: ['fi'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  languages: string[];

  @ApiProperty({ type: [ApplicationAreaDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ApplicationAreaDto)
  areas: ApplicationAreaDto[];

  @ApiProperty({ type: [String], example: ['talk'] })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  taskTypes: string[];

  @ApiPropertyOptional({ type: [PriorTrainingDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PriorTrainingDto)
  priorTraining?: PriorTrainingDto[];

  /** In the applicant's words: which days and times suit. */
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  availability?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  heardFrom?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  message?: string | null;

  /** The applicant has read the privacy notice (tietosuojaseloste). */
  @ApiProperty({ enum: [true] })
  @Equals(true, { message: 'privacyNoticeRead must be true' })
  privacyNoticeRead: boolean;

  @ApiProperty({ example: '2026-1', maxLength: 40 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  privacyNoticeVersion: string;

  /** Required when the applicant is under 18. */
  @ApiPropertyOptional({ type: GuardianDto, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @ValidateNested()
  @Type(() => GuardianDto)
  guardian?: GuardianDto | null;

  /** Leave empty. (A field people do not see; a form that fills it is not sent by a person.) */
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  website?: string;
}

export class SubmissionReceivedDto {
  /** A confirmation e-mail is on its way (also when the form was not kept: the answer does not tell). */
  @ApiProperty({ enum: ['confirmation_sent'] })
  status: 'confirmation_sent';

  /** Hours the confirmation link works. */
  @ApiProperty()
  confirmWithinHours: number;
}

export class TokenDto {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  token: string;
}

export class ApplicationConfirmedDto {
  @ApiProperty({ enum: ['confirmed', 'already_confirmed'] })
  status: 'confirmed' | 'already_confirmed';

  /** The applicant is under 18: the guardian has been asked for consent. */
  @ApiProperty()
  awaitingGuardian: boolean;

  @ApiProperty({ enum: Locale, enumName: 'Locale' })
  locale: Locale;

  /**
   * For the page that adds certificates of earlier training (`/apply/certificates?token=…`); given on the
   * first confirmation of a form that lists earlier training, and in the "received" letter.
   */
  @ApiProperty({ nullable: true, type: String })
  certificateToken: string | null;
}

/** A certificate of earlier training added to an application (the file itself is downloaded apart). */
export class CertificateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  fileName: string;

  @ApiProperty()
  contentType: string;

  @ApiProperty()
  sizeBytes: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

/** What the applicant's certificate page shows (the token from the confirmation page or the letter). */
export class ApplicantCertificatesDto {
  @ApiProperty()
  firstName: string;

  @ApiProperty({ enum: Locale, enumName: 'Locale' })
  locale: Locale;

  /** Certificates can be added while the application is open. */
  @ApiProperty()
  open: boolean;

  @ApiProperty()
  maxFiles: number;

  @ApiProperty()
  maxBytes: number;

  @ApiProperty({ type: [CertificateDto] })
  items: CertificateDto[];
}

export class CertificateQueryDto extends TokenDto {
  @ApiProperty({ maxLength: 200, description: 'The file’s name.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fileName: string;
}

export class GuardianConsentDto extends TokenDto {
  /** true: the guardian consents; false: the guardian does not, and the application closes. */
  @ApiProperty()
  @IsBoolean()
  consent: boolean;
}

export class GuardianRequestDto {
  @ApiProperty()
  applicantFirstName: string;

  @ApiProperty()
  guardianName: string;

  @ApiProperty({ enum: Locale, enumName: 'Locale' })
  locale: Locale;

  /** null: not answered yet. */
  @ApiProperty({ nullable: true, type: Boolean })
  answer: boolean | null;
}

// ------------------------------------------------------------------ the coordinators' side

export class ListApplicationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ApplicationStep, enumName: 'ApplicationStep' })
  @IsOptional()
  @IsEnum(ApplicationStep)
  step?: ApplicationStep;

  /** Only applications past their step's due date. */
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  stalled?: boolean;

  /** Name or e-mail contains. */
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class ApplicationSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ApplicationStep, enumName: 'ApplicationStep' })
  step: ApplicationStep;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty()
  municipalityCode: string;

  @ApiProperty({ nullable: true, type: String })
  municipalityName: string | null;

  /** Under 18 when the application was confirmed. */
  @ApiProperty()
  minor: boolean;

  @ApiProperty({ format: 'date-time' })
  stepEnteredAt: string;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  stepDueOn: string | null;

  /** Past the step's due date. */
  @ApiProperty()
  stalled: boolean;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  owner: PersonRefDto | null;

  @ApiProperty({ format: 'date-time' })
  confirmedAt: string;
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationSummaryDto] })
  items: ApplicationSummaryDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class BoardColumnDto {
  @ApiProperty({ enum: ApplicationStep, enumName: 'ApplicationStep' })
  step: ApplicationStep;

  @ApiProperty()
  count: number;

  @ApiProperty()
  stalled: number;
}

export class ApplicationBoardDto {
  /** The open steps in path order, then the closed ones (counts of the last 12 months). */
  @ApiProperty({ type: [BoardColumnDto] })
  columns: BoardColumnDto[];
}

export class ApplicationEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  /** submitted, confirmed, a move (start_screening, reject, …), interview_time, note, reminded */
  @ApiProperty()
  kind: string;

  @ApiProperty({ enum: ApplicationActor, enumName: 'ApplicationActor' })
  actorKind: ApplicationActor;

  @ApiProperty({ nullable: true, type: String })
  actorName: string | null;

  @ApiProperty({ enum: ApplicationStep, enumName: 'ApplicationStep', nullable: true })
  fromStep: ApplicationStep | null;

  @ApiProperty({ enum: ApplicationStep, enumName: 'ApplicationStep', nullable: true })
  toStep: ApplicationStep | null;

  @ApiProperty({ nullable: true, type: String })
  reason: string | null;

  /** Private to the coordinators. */
  @ApiProperty({ nullable: true, type: String })
  note: string | null;
}

export class GuardianViewDto {
  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ nullable: true, type: String })
  phone: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  consentedAt: string | null;
}

export class ApplicationDto extends ApplicationSummaryDto {
  @ApiProperty()
  email: string;

  /** The person's registry record, once orientation is done (they were added with an account). */
  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  expertId: string | null;

  @ApiProperty({ nullable: true, type: String })
  phone: string | null;

  @ApiProperty({ format: 'date' })
  birthDate: string;

  @ApiProperty({ enum: Locale, enumName: 'Locale' })
  locale: Locale;

  @ApiProperty({ type: [String] })
  languages: string[];

  @ApiProperty({ type: [ApplicationAreaDto] })
  areas: ApplicationAreaDto[];

  @ApiProperty({ type: [String] })
  taskTypes: string[];

  @ApiProperty({ type: [PriorTrainingDto] })
  priorTraining: PriorTrainingDto[];

  @ApiProperty({ nullable: true, type: String })
  availability: string | null;

  @ApiProperty({ nullable: true, type: String })
  heardFrom: string | null;

  @ApiProperty({ nullable: true, type: String })
  message: string | null;

  @ApiProperty()
  privacyNoticeVersion: string;

  @ApiProperty({ type: GuardianViewDto, nullable: true })
  guardian: GuardianViewDto | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  interviewAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  interviewPlace: string | null;

  @ApiProperty({
    enum: InterviewAnswer,
    enumName: 'InterviewAnswer',
    nullable: true,
    description: 'The applicant’s answer from the letter’s link: the time suits, or another is needed',
  })
  interviewAnswer: InterviewAnswer | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  interviewAnsweredAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  outcomeReason: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  roundId: string | null;

  /** The moves a coordinator may make from here. */
  @ApiProperty({ enum: ApplicationMove, enumName: 'ApplicationMove', isArray: true })
  allowedMoves: ApplicationMove[];

  @ApiProperty({
    type: [OrientationCheckDto],
    description: 'The orientation checklist (the items in force, and any other done on this application)',
  })
  orientation: OrientationCheckDto[];

  @ApiProperty({ type: [ApplicationEventDto] })
  timeline: ApplicationEventDto[];

  /** Certificates of earlier training the applicant added. */
  @ApiProperty({ type: [CertificateDto] })
  certificates: CertificateDto[];

  @ApiProperty()
  version: number;
}

export class MoveApplicationDto {
  @ApiProperty({ enum: ApplicationMove, enumName: 'ApplicationMove' })
  @IsEnum(ApplicationMove)
  move: ApplicationMove;

  /** Told to the applicant in the letter (required to reject or close). */
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string;

  /** Private to the coordinators. */
  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  note?: string;

  /** Required to invite to an interview. */
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  interviewAt?: string;

  @ApiPropertyOptional({
    maxLength: 300,
    example: 'Sosiaali- ja terveyskeskus, Keskussairaalantie 19, Jyväskylä (or: Teams)',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  interviewPlace?: string;
}

export class AddApplicationNoteDto {
  @ApiProperty({ maxLength: 4000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note: string;
}

// ------------------------------------------------------------------ recruitment rounds

export class RecruitmentRoundDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ format: 'date' })
  opensOn: string;

  @ApiProperty({ format: 'date' })
  closesOn: string;

  @ApiProperty({ nullable: true, type: Number })
  quota: number | null;

  /** Confirmed applications in the round so far. */
  @ApiProperty()
  confirmed: number;
}

export class RecruitmentRoundPageDto {
  @ApiProperty({ type: [RecruitmentRoundDto] })
  items: RecruitmentRoundDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class CreateRecruitmentRoundDto {
  @ApiProperty({ maxLength: 100, example: 'Kevät 2027' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ format: 'date' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'opensOn must be YYYY-MM-DD' })
  opensOn: string;

  @ApiProperty({ format: 'date' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'closesOn must be YYYY-MM-DD' })
  closesOn: string;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 10000 })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(10000)
  quota?: number | null;
}

/** Why the form takes no applications now. */
export enum RecruitmentClosedReason {
  BetweenRounds = 'between_rounds',
  QuotaFull = 'quota_full',
}

export class RecruitmentStatusDto {
  @ApiProperty()
  open: boolean;

  /** Why not, when not open. */
  @ApiProperty({ enum: RecruitmentClosedReason, enumName: 'RecruitmentClosedReason', nullable: true })
  reason: RecruitmentClosedReason | null;

  /** The round the form belongs to now (null when recruitment is always open). */
  @ApiProperty({ nullable: true, type: String })
  roundName: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  closesOn: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  nextOpensOn: string | null;

  /** The privacy notice version the form shows (sent back with the application). */
  @ApiProperty()
  privacyNoticeVersion: string;
}

/** What the applicant's interview page shows (the token from the interview letter). */
export class InterviewInvitationDto {
  @ApiProperty()
  firstName: string;

  @ApiProperty({ format: 'date-time' })
  interviewAt: string;

  @ApiProperty({ nullable: true, type: String })
  interviewPlace: string | null;

  @ApiProperty({ enum: Locale, enumName: 'Locale' })
  locale: Locale;

  @ApiProperty({ enum: InterviewAnswer, enumName: 'InterviewAnswer', nullable: true })
  answer: InterviewAnswer | null;
}

export class AnswerInterviewDto extends TokenDto {
  /** The time the page showed: if the coordinator has changed it meanwhile, the answer is refused. */
  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  interviewAt: string;

  @ApiProperty({ enum: InterviewAnswer, enumName: 'InterviewAnswer' })
  @IsEnum(InterviewAnswer)
  answer: InterviewAnswer;

  @ApiPropertyOptional({ maxLength: 1000, nullable: true, type: String, description: 'E.g. which times would suit' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  message?: string | null;
}
