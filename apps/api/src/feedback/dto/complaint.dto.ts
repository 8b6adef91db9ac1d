import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { ComplaintMove, ComplaintOutcome, ComplaintStatus } from '../feedback.rules';
import { FeedbackTaskDto } from './feedback-request.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ListComplaintsQueryDto extends PageQueryDto {
  /** Only these (default: all, the open first). */
  @ApiPropertyOptional({ enum: ComplaintStatus, enumName: 'ComplaintStatus' })
  @IsOptional()
  @IsEnum(ComplaintStatus)
  status?: ComplaintStatus;
}

export class MoveComplaintDto {
  @ApiProperty({ enum: ComplaintMove, enumName: 'ComplaintMove' })
  @IsEnum(ComplaintMove)
  move: ComplaintMove;

  /** The answer, the question to the expert, the expert's view, or the closing words. */
  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  text?: string;

  /** With `close`. */
  @ApiPropertyOptional({ enum: ComplaintOutcome, enumName: 'ComplaintOutcome' })
  @IsOptional()
  @IsEnum(ComplaintOutcome)
  outcome?: ComplaintOutcome;
}

export class ComplaintDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ComplaintStatus, enumName: 'ComplaintStatus' })
  status: ComplaintStatus;

  @ApiProperty({ type: FeedbackTaskDto })
  task: FeedbackTaskDto;

  @ApiProperty()
  expertName: string;

  @ApiProperty()
  unitName: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  /** What went wrong (to the coordinators and the ordering unit; never to the expert). */
  @ApiProperty({ nullable: true, type: String })
  text: string | null;

  /** The coordinator's answer (to the coordinators and the ordering unit). */
  @ApiProperty({ nullable: true, type: String })
  answer: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  answeredAt: string | null;

  /** What the expert was asked (to the coordinators and the expert). */
  @ApiProperty({ nullable: true, type: String })
  viewQuestion: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  viewAskedAt: string | null;

  /** The expert's view, kept apart (to the coordinators and the expert). */
  @ApiProperty({ nullable: true, type: String })
  expertView: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  viewGivenAt: string | null;

  @ApiProperty({ enum: ComplaintOutcome, enumName: 'ComplaintOutcome', nullable: true })
  outcome: ComplaintOutcome | null;

  /** The closing words (to everyone who sees the complaint). */
  @ApiProperty({ nullable: true, type: String })
  outcomeNote: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  closedAt: string | null;

  /** The coordinator handling it. */
  @ApiProperty({ nullable: true, type: String })
  handledByName: string | null;

  @ApiProperty({ enum: ComplaintMove, enumName: 'ComplaintMove', isArray: true })
  allowedMoves: ComplaintMove[];

  @ApiProperty()
  version: number;
}

export class ComplaintPageDto {
  @ApiProperty({ type: [ComplaintDto] })
  items: ComplaintDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
