import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import {
  ANSWER_TEXT_MAX,
  DebriefContact,
  FeedbackRequestStatus,
  QUESTIONNAIRE_MAX_ITEMS,
  Respondent,
} from '../feedback.rules';
import { QuestionnaireDto } from './questionnaire.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ItemAnswerDto {
  @ApiProperty({ maxLength: 40 })
  @IsString()
  @MaxLength(40)
  itemId: string;

  /** A scale's whole number 1–5, or yes (true) / no (false); null or left out: not answered. */
  @ApiPropertyOptional({
    oneOf: [{ type: 'integer', minimum: 1, maximum: 5 }, { type: 'boolean' }],
    nullable: true,
  })
  @IsOptional()
  value?: number | boolean | null;

  /** A text item's answer. */
  @ApiPropertyOptional({ maxLength: ANSWER_TEXT_MAX, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(ANSWER_TEXT_MAX)
  text?: string | null;
}

export class AnswerFeedbackRequestDto {
  @ApiProperty({ type: [ItemAnswerDto] })
  @IsArray()
  @ArrayMaxSize(QUESTIONNAIRE_MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ItemAnswerDto)
  answers: ItemAnswerDto[];

  /** The expert would like to talk to someone: a debrief request goes to the coordinators with the answer. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  wantsToTalk?: boolean;

  /** The ordering unit: "something went wrong", in a few words — a complaint goes to the coordinators. */
  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  somethingWrong?: string;

  /** How the expert would like to be reached (with `wantsToTalk`; default a phone call). */
  @ApiPropertyOptional({ enum: DebriefContact, enumName: 'DebriefContact' })
  @IsOptional()
  @IsEnum(DebriefContact)
  contact?: DebriefContact;
}

export class ListFeedbackRequestsQueryDto extends PageQueryDto {
  /** Only these (default: all, the open first). */
  @ApiPropertyOptional({ enum: FeedbackRequestStatus, enumName: 'FeedbackRequestStatus' })
  @IsOptional()
  @IsEnum(FeedbackRequestStatus)
  status?: FeedbackRequestStatus;
}

export class FeedbackTaskDto {
  /** The task (assignment). */
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  orderId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ nullable: true, type: String })
  place: string | null;
}

export class FeedbackRequestDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: Respondent, enumName: 'Respondent' })
  respondent: Respondent;

  @ApiProperty({ enum: FeedbackRequestStatus, enumName: 'FeedbackRequestStatus' })
  status: FeedbackRequestStatus;

  @ApiProperty({ type: FeedbackTaskDto })
  task: FeedbackTaskDto;

  /** The expert whose task it was. */
  @ApiProperty()
  expertName: string;

  /** The unit that ordered it. */
  @ApiProperty()
  unitName: string;

  @ApiProperty({ format: 'date-time' })
  askedAt: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  answeredAt: string | null;

  /** The version it is asked with (answers keep theirs when the admin saves a new one). */
  @ApiProperty({ type: QuestionnaireDto })
  questionnaire: QuestionnaireDto;

  /** The answers given (empty while open). */
  @ApiProperty({ type: [ItemAnswerDto] })
  answers: ItemAnswerDto[];

  /** The complaint made with the answer ("something went wrong"). */
  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  complaintId: string | null;

  /** The expert asked to talk to someone with the answer. */
  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  debriefRequestId: string | null;

  @ApiProperty()
  version: number;
}

export class FeedbackRequestPageDto {
  @ApiProperty({ type: [FeedbackRequestDto] })
  items: FeedbackRequestDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
