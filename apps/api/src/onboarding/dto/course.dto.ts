import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { EnrolmentStatus } from '../entities/course.entities';
import { CourseKind } from '../onboarding.rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CourseSessionInputDto {
  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  endsAt: string;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  topic?: string | null;
}

export class CreateCourseDto {
  @ApiProperty({ maxLength: 200, example: 'Kokemusasiantuntijan peruskoulutus, kevät 2027' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ maxLength: 200, example: 'Järvi-Suomen hyvinvointialue' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  organiser: string;

  @ApiProperty({ enum: CourseKind, enumName: 'CourseKind' })
  @IsEnum(CourseKind)
  kind: CourseKind;

  @ApiProperty({ format: 'date' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startsOn must be YYYY-MM-DD' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endsOn must be YYYY-MM-DD' })
  endsOn: string;

  /** Hours a completed course gives in the training record (and so the tier). */
  @ApiProperty({ minimum: 1, maximum: 500 })
  @IsInt()
  @Min(1)
  @Max(500)
  hours: number;

  @ApiProperty({ minimum: 1, maximum: 200 })
  @IsInt()
  @Min(1)
  @Max(200)
  capacity: number;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @ApiProperty({ type: [CourseSessionInputDto], maxItems: 60 })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => CourseSessionInputDto)
  sessions: CourseSessionInputDto[];
}

export class ListCoursesQueryDto extends PageQueryDto {}

export class CourseSessionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ nullable: true, type: String })
  topic: string | null;
}

export class CourseSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  organiser: string;

  @ApiProperty({ enum: CourseKind, enumName: 'CourseKind' })
  kind: CourseKind;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  endsOn: string;

  @ApiProperty()
  hours: number;

  @ApiProperty()
  capacity: number;

  @ApiProperty({ nullable: true, type: String })
  place: string | null;

  /** People enrolled or completed (not those who withdrew). */
  @ApiProperty()
  enrolledCount: number;

  @ApiProperty()
  sessionCount: number;
}

export class CourseEnrolmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  expertId: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  applicationId: string | null;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: EnrolmentStatus, enumName: 'EnrolmentStatus' })
  status: EnrolmentStatus;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  completedOn: string | null;

  /** Ids of the sessions the person was at. */
  @ApiProperty({ type: [String] })
  attendedSessionIds: string[];

  /** Whether the attendance is enough to complete the course (80 % of the sessions). */
  @ApiProperty()
  mayComplete: boolean;
}

export class CourseDto extends CourseSummaryDto {
  @ApiProperty({ type: [CourseSessionDto] })
  sessions: CourseSessionDto[];

  @ApiProperty({ type: [CourseEnrolmentDto] })
  enrolments: CourseEnrolmentDto[];

  @ApiProperty()
  version: number;
}

export class CoursePageDto {
  @ApiProperty({ type: [CourseSummaryDto] })
  items: CourseSummaryDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

/** Either an expert in the registry or an applicant at the training step. */
export class EnrolDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((o: EnrolDto) => !o.applicationId)
  @IsUUID()
  expertId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((o: EnrolDto) => !o.expertId)
  @IsUUID()
  applicationId?: string;
}

export class RecordAttendanceDto {
  /** The enrolments present at the session; every other enrolled person is recorded absent. */
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  presentEnrolmentIds: string[];
}

export class MyCourseDto {
  @ApiProperty({ type: CourseSummaryDto })
  course: CourseSummaryDto;

  @ApiProperty({ type: [CourseSessionDto] })
  sessions: CourseSessionDto[];

  @ApiProperty({ enum: EnrolmentStatus, enumName: 'EnrolmentStatus' })
  status: EnrolmentStatus;

  @ApiProperty({ type: [String] })
  attendedSessionIds: string[];

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  completedOn: string | null;
}

export class MyCoursesDto {
  @ApiProperty({ type: [MyCourseDto] })
  items: MyCourseDto[];
}
