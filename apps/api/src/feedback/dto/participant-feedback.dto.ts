import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import {
  ParticipantLocale,
  PARTICIPANT_MAX_ITEMS,
  ScreeningDecision,
  ScreeningStatus,
} from '../feedback.rules';
import { ItemAnswerDto } from './feedback-request.dto';
import { QuestionnaireItemDto, ItemTextDto } from './questionnaire.dto';

export class CreateParticipantLinkDto {
  /** The task time (an occurrence of an order). */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  occurrenceId: string;
}

export class ParticipantLinkDto {
  /** Ten characters, typed from a slide or read from the QR code. */
  @ApiProperty()
  token: string;

  /** The short link the QR code holds. */
  @ApiProperty()
  url: string;

  @ApiProperty({ format: 'uuid' })
  occurrenceId: string;

  @ApiProperty({ format: 'uuid' })
  orderId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  /** The link takes answers from the start of the time … */
  @ApiProperty({ format: 'date-time' })
  opensAt: string;

  /** … to 14 days after it. */
  @ApiProperty({ format: 'date-time' })
  closesAt: string;

  @ApiProperty()
  answerCount: number;
}

/** What the participant's form shows (no names, nothing about the expert but the task's title). */
export class PublicParticipantFormDto {
  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  closesAt: string;

  @ApiProperty({ type: ItemTextDto })
  questionnaireTitle: ItemTextDto;

  @ApiProperty({ type: [QuestionnaireItemDto] })
  items: QuestionnaireItemDto[];
}

export class ParticipantAnswersDto {
  @ApiProperty({ enum: ParticipantLocale, enumName: 'ParticipantLocale' })
  @IsEnum(ParticipantLocale)
  locale: ParticipantLocale;

  @ApiProperty({ type: [ItemAnswerDto] })
  @IsArray()
  @ArrayMaxSize(PARTICIPANT_MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ItemAnswerDto)
  answers: ItemAnswerDto[];
}

export class ParticipantThanksDto {
  /** Whether a free text waits for a coordinator before anyone else sees it. */
  @ApiProperty()
  textHeldForScreening: boolean;
}

export class ListScreeningQueryDto extends PageQueryDto {
  /** Default: pending (the oldest first). */
  @ApiPropertyOptional({
    enum: ScreeningStatus,
    enumName: 'ScreeningStatus',
    default: ScreeningStatus.Pending,
  })
  @IsOptional()
  @IsEnum(ScreeningStatus)
  status: ScreeningStatus = ScreeningStatus.Pending;
}

export class ScreeningItemDto {
  /** The participant answer. */
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  orderId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ enum: ParticipantLocale, enumName: 'ParticipantLocale' })
  locale: ParticipantLocale;

  /** The free text by question, for the coordinator to screen for personal data. */
  @ApiProperty({ type: [ItemAnswerDto] })
  texts: ItemAnswerDto[];

  @ApiProperty({ enum: ScreeningStatus, enumName: 'ScreeningStatus' })
  screening: ScreeningStatus;

  @ApiProperty({ format: 'date-time' })
  answeredAt: string;
}

export class ScreeningPageDto {
  @ApiProperty({ type: [ScreeningItemDto] })
  items: ScreeningItemDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class ScreenAnswerDto {
  @ApiProperty({ enum: ScreeningDecision, enumName: 'ScreeningDecision' })
  @IsEnum(ScreeningDecision)
  decision: ScreeningDecision;
}
