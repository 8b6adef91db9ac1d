import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { IndicatorReason, IndicatorRequestStatus, QUESTIONNAIRE_MAX_ITEMS } from '../feedback.rules';
import { ItemTextDto, QuestionnaireDto } from './questionnaire.dto';

export class IndicatorAnswerDto {
  @ApiProperty({ maxLength: 40 })
  @IsString()
  @MaxLength(40)
  itemId: string;

  /** 1 = disagree entirely … 5 = agree entirely; null or left out: not answered (refused). */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, nullable: true })
  @IsOptional()
  value?: number | null;
}

export class AnswerIndicatorRequestDto {
  @ApiProperty({ type: [IndicatorAnswerDto] })
  @IsArray()
  @ArrayMaxSize(QUESTIONNAIRE_MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => IndicatorAnswerDto)
  answers: IndicatorAnswerDto[];
}

export class ListIndicatorRequestsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: IndicatorRequestStatus, enumName: 'IndicatorRequestStatus' })
  @IsOptional()
  @IsEnum(IndicatorRequestStatus)
  status?: IndicatorRequestStatus;
}

/** The answer to one statement. */
export class IndicatorAnswerValueDto {
  @ApiProperty()
  itemId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  value: number;
}

export class IndicatorRequestSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: IndicatorReason, enumName: 'IndicatorReason' })
  reason: IndicatorReason;

  @ApiProperty({ enum: IndicatorRequestStatus, enumName: 'IndicatorRequestStatus' })
  status: IndicatorRequestStatus;

  @ApiProperty({ format: 'date-time' })
  askedAt: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  answeredAt: string | null;

  /** 0–100, once answered. */
  @ApiProperty({ nullable: true, type: 'integer', minimum: 0, maximum: 100 })
  score: number | null;

  /** The indicator's title in fi/sv/en (of the version asked). */
  @ApiProperty({ type: ItemTextDto })
  title: ItemTextDto;

  /** How many statements it has. */
  @ApiProperty()
  itemCount: number;

  @ApiProperty()
  version: number;
}

export class IndicatorRequestDto extends IndicatorRequestSummaryDto {
  /** The version asked, with its statements. */
  @ApiProperty({ type: QuestionnaireDto })
  questionnaire: QuestionnaireDto;

  /** The answers given (empty while open). */
  @ApiProperty({ type: [IndicatorAnswerValueDto] })
  answers: IndicatorAnswerValueDto[];
}

export class IndicatorRequestPageDto {
  @ApiProperty({ type: [IndicatorRequestSummaryDto] })
  items: IndicatorRequestSummaryDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

/** One answered (or still open) indicator of an expert, for the coordinator's follow-up over time. */
export class IndicatorScoreDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: IndicatorReason, enumName: 'IndicatorReason' })
  reason: IndicatorReason;

  @ApiProperty({ format: 'date-time' })
  askedAt: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  answeredAt: string | null;

  @ApiProperty({ nullable: true, type: 'integer', minimum: 0, maximum: 100 })
  score: number | null;

  /** The instrument and version answered. */
  @ApiProperty()
  questionnaireKey: string;

  @ApiProperty()
  questionnaireVersion: number;
}

export class IndicatorScoreListDto {
  /** The oldest first. */
  @ApiProperty({ type: [IndicatorScoreDto] })
  items: IndicatorScoreDto[];
}
