import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { FeedbackTaskDto, ItemAnswerDto } from './feedback-request.dto';
import { QuestionnaireDto } from './questionnaire.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ListReportBacksQueryDto extends PageQueryDto {
  /** A coordinator: only this expert's. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  expertId?: string;
}

export class ReportBackNoteDto {
  /** The coordinator's own words to the expert (empty: none). */
  @ApiProperty({ maxLength: 4000 })
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  note: string;
}

export class OrdererSideDto {
  @ApiProperty()
  answered: boolean;

  @ApiProperty({ type: QuestionnaireDto, nullable: true })
  questionnaire: QuestionnaireDto | null;

  /** The unit's answers, with how the results were returned to the participants. */
  @ApiProperty({ type: [ItemAnswerDto] })
  answers: ItemAnswerDto[];
}

export class ItemSummaryDto {
  @ApiProperty()
  itemId: string;

  @ApiProperty()
  answered: number;

  /** How many chose 1…5; null when fewer than five answered the item. */
  @ApiProperty({ type: [Number], nullable: true })
  counts: number[] | null;

  @ApiProperty({ type: Number, nullable: true })
  mean: number | null;
}

export class ParticipantSideDto {
  @ApiProperty()
  answerCount: number;

  /** Fewer than five answered: only the number is shown, so nobody can be recognised. */
  @ApiProperty()
  suppressed: boolean;

  @ApiProperty({ type: QuestionnaireDto, nullable: true })
  questionnaire: QuestionnaireDto | null;

  @ApiProperty({ type: [ItemSummaryDto] })
  items: ItemSummaryDto[];

  /** Screened and approved free text. */
  @ApiProperty({ type: [String] })
  comments: string[];
}

export class ReportBackDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: FeedbackTaskDto })
  task: FeedbackTaskDto;

  @ApiProperty()
  expertName: string;

  @ApiProperty()
  unitName: string;

  @ApiProperty({ format: 'date-time' })
  readyAt: string;

  @ApiProperty({ type: OrdererSideDto })
  orderer: OrdererSideDto;

  @ApiProperty({ type: ParticipantSideDto })
  participants: ParticipantSideDto;

  @ApiProperty({ nullable: true, type: String })
  coordinatorNote: string | null;

  @ApiProperty({ nullable: true, type: String })
  notedByName: string | null;
}

export class ReportBackPageDto {
  @ApiProperty({ type: [ReportBackDto] })
  items: ReportBackDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
