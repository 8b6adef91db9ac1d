import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { MENTORED_TASKS_MAX, MentorshipStatus } from '../onboarding.rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateMentorshipDto {
  @ApiProperty({ format: 'uuid', description: 'An active expert with the mentor tier' })
  @IsUUID()
  mentorExpertId: string;

  @ApiProperty({ format: 'uuid', description: 'An expert in orientation or active, not a mentor' })
  @IsUUID()
  traineeExpertId: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MENTORED_TASKS_MAX,
    default: 3,
    description: 'Approved tasks together before the trainee moves on',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MENTORED_TASKS_MAX)
  tasksRequired?: number;
}

export class ListMentorshipsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MentorshipStatus, enumName: 'MentorshipStatus' })
  @IsOptional()
  @IsEnum(MentorshipStatus)
  status?: MentorshipStatus;
}

export class AssessMentoredTaskDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The trainee’s completed task, done on the same time as the mentor',
  })
  @IsUUID()
  assignmentId: string;

  @ApiProperty({ description: 'Whether the task counts towards the path' })
  @IsBoolean()
  approved: boolean;

  @ApiProperty({
    maxLength: 2000,
    example: 'Kertoi kokemuksestaan rauhallisesti ja vastasi kysymyksiin hyvin.',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note: string;
}

export class CloseMentorshipDto {
  @ApiProperty({
    enum: [MentorshipStatus.Completed, MentorshipStatus.Ended],
    description: 'completed needs enough approved tasks; ended stops it early',
  })
  @IsEnum([MentorshipStatus.Completed, MentorshipStatus.Ended])
  status: MentorshipStatus.Completed | MentorshipStatus.Ended;

  @ApiPropertyOptional({ maxLength: 1000, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class MentorshipPersonDto {
  @ApiProperty({ format: 'uuid' })
  expertId: string;

  @ApiProperty()
  name: string;
}

export class MentorshipAssessmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  assignmentId: string;

  @ApiProperty({ format: 'date-time' })
  taskStartsAt: string;

  @ApiProperty({ nullable: true, type: String, description: 'The order’s title' })
  taskTitle: string | null;

  @ApiProperty()
  approved: boolean;

  @ApiProperty()
  note: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

/** A task the pair did together that the mentor has not assessed yet. */
export class MentoredTaskDto {
  @ApiProperty({ format: 'uuid', description: 'The trainee’s assignment' })
  assignmentId: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ nullable: true, type: String })
  title: string | null;
}

export class MentorshipSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: MentorshipPersonDto })
  mentor: MentorshipPersonDto;

  @ApiProperty({ type: MentorshipPersonDto })
  trainee: MentorshipPersonDto;

  @ApiProperty({ enum: MentorshipStatus, enumName: 'MentorshipStatus' })
  status: MentorshipStatus;

  @ApiProperty()
  tasksRequired: number;

  @ApiProperty({ description: 'Approved tasks so far' })
  tasksApproved: number;

  @ApiProperty({ description: 'Enough approved tasks: a coordinator may complete it' })
  ready: boolean;

  @ApiProperty({ format: 'date' })
  startedOn: string;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  closedOn: string | null;

  @ApiProperty()
  version: number;
}

export class MentorshipDto extends MentorshipSummaryDto {
  @ApiProperty({ type: [MentorshipAssessmentDto] })
  assessments: MentorshipAssessmentDto[];

  @ApiProperty({ type: [MentoredTaskDto], description: 'Done together, waiting for the mentor’s assessment' })
  toAssess: MentoredTaskDto[];

  @ApiProperty({ nullable: true, type: String })
  closingNote: string | null;
}

export class MentorshipPageDto {
  @ApiProperty({ type: [MentorshipSummaryDto] })
  items: MentorshipSummaryDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
