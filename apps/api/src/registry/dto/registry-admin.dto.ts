import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ListExpertsQueryDto } from './expert.dto';
import { ExpertSummaryDto } from './expert-response.dto';

export class ExportExpertsQueryDto extends ListExpertsQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}

export class DuplicatePairDto {
  @ApiProperty({ type: ExpertSummaryDto })
  first: ExpertSummaryDto;

  @ApiProperty({ type: ExpertSummaryDto })
  second: ExpertSummaryDto;

  /** Why they look like the same person. */
  @ApiProperty({ enum: ['name_and_birth_date', 'name_and_phone'], isArray: true })
  reasons: string[];
}

export class DuplicateListDto {
  @ApiProperty({ type: [DuplicatePairDto] })
  items: DuplicatePairDto[];
}

export class MergeExpertsDto {
  /** The duplicate to fold into this record; it stays, marked merged, for history. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  duplicateId: string;
}

export class DataExportDto {
  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  /** Everything held about the person, identity code and IBAN included. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  person: Record<string, unknown>;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  experienceAreas: Array<Record<string, unknown>>;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  training: Array<Record<string, unknown>>;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  availability: Array<Record<string, unknown>>;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  absences: Array<Record<string, unknown>>;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  exclusions: Array<Record<string, unknown>>;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  consents: Array<Record<string, unknown>>;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  statusHistory: Array<Record<string, unknown>>;

  /**
   * What the modules above the registry hold of the person, by module and section (onboarding: the
   * applications with their certificates, agreements accepted, criminal-record extracts seen, courses,
   * mentorships).
   */
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'object', additionalProperties: true } },
    },
  })
  modules: Record<string, Record<string, Array<Record<string, unknown>>>>;

  /** When the person's data was read or changed, in which role and for what purpose (CJEU C-579/21). */
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  accessLog: Array<Record<string, unknown>>;
}
