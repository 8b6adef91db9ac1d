import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Min, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { BriefingAction, BriefingReadState, BriefingStatus, SupervisionWish } from '../briefing.rules';

/** Blank is no answer; the lengths and the required answers are the rules' (briefingProblems). */
const blankToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;

export class BriefingContentDto {
  /** The contact person on site and how to reach them on the day. */
  @ApiProperty({ nullable: true, type: String, maxLength: 2000 })
  @Transform(blankToNull)
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString()
  contactOnSite: string | null;

  /** Who the audience is and what they already know. */
  @ApiProperty({ nullable: true, type: String, maxLength: 2000 })
  @Transform(blankToNull)
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString()
  audience: string | null;

  /** What the expert may be asked. */
  @ApiProperty({ nullable: true, type: String, maxLength: 2000 })
  @Transform(blankToNull)
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString()
  mayAsk: string | null;

  /** What the expert is not to be asked (or need not answer). */
  @ApiProperty({ nullable: true, type: String, maxLength: 2000 })
  @Transform(blankToNull)
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString()
  mayNotAsk: string | null;

  /** Risks, and how they are seen to. */
  @ApiProperty({ nullable: true, type: String, maxLength: 2000 })
  @Transform(blankToNull)
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString()
  safety: string | null;

  /** Is there a quiet room to go to before or after. */
  @ApiProperty({ nullable: true, type: Boolean })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsBoolean()
  quietRoom: boolean | null;

  /** Who the expert can turn to afterwards. */
  @ApiProperty({ nullable: true, type: String, maxLength: 2000 })
  @Transform(blankToNull)
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsString()
  afterContact: string | null;
}

/** The unit writes (or rewrites) the briefing: every answer, each time. */
export class WriteBriefingDto extends BriefingContentDto {}

export class ConfirmBriefingDto {
  /** The revision read: if it has changed since, 409 BRIEFING_CHANGED (read the new one). */
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  revision: number;

  /** A demanding task only: the supervision the expert would like (default none). */
  @ApiPropertyOptional({ enum: SupervisionWish, enumName: 'SupervisionWish' })
  @IsOptional()
  @IsEnum(SupervisionWish)
  supervision?: SupervisionWish;
}

export class ListBriefingsQueryDto extends PageQueryDto {
  /** The times of one order (its page). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orderId?: string;

  @ApiPropertyOptional({ enum: BriefingStatus, enumName: 'BriefingStatus' })
  @IsOptional()
  @IsEnum(BriefingStatus)
  status?: BriefingStatus;

  /** Also the times that are over (default: only the coming and ongoing ones). */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  past?: boolean;
}

export class BriefingReaderDto {
  @ApiProperty({ format: 'uuid' })
  expertId: string;

  @ApiProperty()
  expertName: string;

  @ApiProperty({ enum: BriefingReadState, enumName: 'BriefingReadState' })
  readState: BriefingReadState;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  readAt: string | null;

  /** Shown to the expert themself and coordinators; the unit does not see it. */
  @ApiProperty({ enum: SupervisionWish, enumName: 'SupervisionWish', nullable: true })
  supervisionWish: SupervisionWish | null;
}

export class BriefingDto {
  @ApiProperty({ format: 'uuid' })
  occurrenceId: string;

  @ApiProperty({ format: 'uuid' })
  orderId: string;

  @ApiProperty()
  orderNumber: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  unitName: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ nullable: true, type: String })
  place: string | null;

  /** A demanding task: supervision is offered before and after it. */
  @ApiProperty()
  demanding: boolean;

  @ApiProperty({ enum: BriefingStatus, enumName: 'BriefingStatus' })
  status: BriefingStatus;

  /** Null until written. */
  @ApiProperty({ type: BriefingContentDto, nullable: true })
  content: BriefingContentDto | null;

  /** How many times it has been written (0: not yet). */
  @ApiProperty()
  revision: number;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  writtenAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  writtenByName: string | null;

  /** The unit and coordinators: every expert of the time and whether they have read it. */
  @ApiProperty({ type: [BriefingReaderDto] })
  experts: BriefingReaderDto[];

  /** The expert: their own reading. */
  @ApiProperty({ type: BriefingReaderDto, nullable: true })
  mine: BriefingReaderDto | null;

  @ApiProperty({ enum: BriefingAction, enumName: 'BriefingAction', isArray: true })
  allowedActions: BriefingAction[];

  @ApiProperty()
  version: number;
}

export class BriefingPageDto {
  @ApiProperty({ type: [BriefingDto] })
  items: BriefingDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
