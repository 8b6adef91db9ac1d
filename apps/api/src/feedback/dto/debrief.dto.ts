import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { DebriefContact, DebriefMove, DebriefStatus } from '../feedback.rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The expert asks to talk to someone (after a task, or at any time). */
export class CreateDebriefRequestDto {
  @ApiProperty({ enum: DebriefContact, enumName: 'DebriefContact' })
  @IsEnum(DebriefContact)
  contact: DebriefContact;

  /** The task it is about (one of the expert's own), if any. */
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  assignmentId?: string | null;

  /** What the expert wants to say beforehand (optional; kept encrypted, read only by the coordinators). */
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  message?: string;
}

export class MoveDebriefRequestDto {
  @ApiProperty({ enum: DebriefMove, enumName: 'DebriefMove' })
  @IsEnum(DebriefMove)
  move: DebriefMove;

  /** The coordinators' own note (never shown to the expert). */
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ListDebriefRequestsQueryDto extends PageQueryDto {
  /** Only these (default: all, the open first). */
  @ApiPropertyOptional({ enum: DebriefStatus, enumName: 'DebriefStatus' })
  @IsOptional()
  @IsEnum(DebriefStatus)
  status?: DebriefStatus;
}

export class DebriefTaskDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;
}

export class DebriefRequestDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  expertId: string;

  @ApiProperty()
  expertName: string;

  @ApiProperty({ type: DebriefTaskDto, nullable: true })
  task: DebriefTaskDto | null;

  @ApiProperty({ enum: DebriefContact, enumName: 'DebriefContact' })
  contact: DebriefContact;

  /** The expert's words (to the expert and the coordinators; a coordinator's read is audited). */
  @ApiProperty({ nullable: true, type: String })
  message: string | null;

  @ApiProperty({ enum: DebriefStatus, enumName: 'DebriefStatus' })
  status: DebriefStatus;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiProperty({ format: 'date-time' })
  dueAt: string;

  /** Open past the due moment. */
  @ApiProperty()
  overdue: boolean;

  /** The coordinator who took it on. */
  @ApiProperty({ nullable: true, type: String })
  takenByName: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  takenAt: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  doneAt: string | null;

  /** The coordinators' note (null for the expert). */
  @ApiProperty({ nullable: true, type: String })
  note: string | null;

  @ApiProperty({ enum: DebriefMove, enumName: 'DebriefMove', isArray: true })
  allowedMoves: DebriefMove[];

  @ApiProperty()
  version: number;
}

export class DebriefRequestPageDto {
  @ApiProperty({ type: [DebriefRequestDto] })
  items: DebriefRequestDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
