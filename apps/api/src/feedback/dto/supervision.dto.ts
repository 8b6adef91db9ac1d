import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import {
  SupervisionAction,
  SupervisionKind,
  SupervisionPurpose,
  SupervisionStatus,
} from '../feedback.rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An instant with an explicit offset: a wall-clock time without one is ambiguous. */
const INSTANT = { strict: true, strictSeparator: true };
const INSTANT_WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

export class ListSupervisionSessionsQueryDto extends PageQueryDto {
  /** Sessions that start on or after this day (Helsinki). */
  @ApiPropertyOptional({ example: '2026-09-01' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a real date' })
  from?: string;

  /** Sessions that start on or before this day (Helsinki). */
  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a real date' })
  to?: string;

  /** A coordinator: only the sessions this expert is in. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  expertId?: string;
}

export class CreateSupervisionSessionDto {
  @ApiProperty({ enum: SupervisionKind, enumName: 'SupervisionKind' })
  @IsEnum(SupervisionKind)
  kind: SupervisionKind;

  @ApiProperty({ enum: SupervisionPurpose, enumName: 'SupervisionPurpose' })
  @IsEnum(SupervisionPurpose)
  purpose: SupervisionPurpose;

  @ApiProperty({ format: 'date-time', example: '2026-09-23T13:00:00+03:00' })
  @IsISO8601(INSTANT)
  @Matches(INSTANT_WITH_OFFSET, { message: 'startsAt must carry a UTC offset' })
  startsAt: string;

  /** 15 minutes to 8 hours after the start. */
  @ApiProperty({ format: 'date-time', example: '2026-09-23T15:00:00+03:00' })
  @IsISO8601(INSTANT)
  @Matches(INSTANT_WITH_OFFSET, { message: 'endsAt must carry a UTC offset' })
  endsAt: string;

  /** Where, or how to join (a video link). */
  @ApiProperty({ maxLength: 300, example: 'Kokemuskeskus, Kauppakatu 19, Jyväskylä' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  place: string;

  @ApiProperty({ maxLength: 200, example: 'Marja Hakala' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  supervisorName: string;

  /** The supervisor is from outside the county (a purchased service). */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  supervisorExternal?: boolean;

  /** The task it goes with: required before or after a task. */
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  assignmentId?: string | null;

  /** One for an individual session, 2–12 for a group. */
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  expertIds: string[];
}

export class AttendanceMarkDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  expertId: string;

  @ApiProperty()
  @IsBoolean()
  attended: boolean;
}

export class MarkSupervisionAttendanceDto {
  /** Whether each came; experts left out keep what they had. */
  @ApiProperty({ type: [AttendanceMarkDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkDto)
  attendance: AttendanceMarkDto[];
}

export class SupervisionTaskDto {
  /** The task (assignment). */
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;
}

export class SupervisionParticipantDto {
  @ApiProperty({ format: 'uuid' })
  expertId: string;

  @ApiProperty()
  expertName: string;

  /** Null until marked. */
  @ApiProperty({ nullable: true, type: Boolean })
  attended: boolean | null;
}

export class SupervisionSessionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: SupervisionKind, enumName: 'SupervisionKind' })
  kind: SupervisionKind;

  @ApiProperty({ enum: SupervisionPurpose, enumName: 'SupervisionPurpose' })
  purpose: SupervisionPurpose;

  @ApiProperty({ enum: SupervisionStatus, enumName: 'SupervisionStatus' })
  status: SupervisionStatus;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty()
  place: string;

  @ApiProperty()
  supervisorName: string;

  @ApiProperty()
  supervisorExternal: boolean;

  @ApiProperty({ type: SupervisionTaskDto, nullable: true })
  task: SupervisionTaskDto | null;

  /** How many experts are in it. */
  @ApiProperty()
  participantCount: number;

  /** Everyone, for a coordinator; an expert sees only themself (not who else is in the group). */
  @ApiProperty({ type: [SupervisionParticipantDto] })
  participants: SupervisionParticipantDto[];

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  cancelledAt: string | null;

  /** A coordinator's: what may be done now (none for an expert). */
  @ApiProperty({ enum: SupervisionAction, enumName: 'SupervisionAction', isArray: true })
  allowedActions: SupervisionAction[];

  @ApiProperty()
  version: number;
}

export class SupervisionSessionPageDto {
  @ApiProperty({ type: [SupervisionSessionDto] })
  items: SupervisionSessionDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
