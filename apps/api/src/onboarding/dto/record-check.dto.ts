import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, Matches } from 'class-validator';

export class RecordRecordCheckDto {
  /** The date printed on the extract (not in the future, at most six months old). */
  @ApiProperty({ format: 'date', example: '2026-09-01' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'extractDate must be YYYY-MM-DD' })
  extractDate: string;
}

export class RecordCheckDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date' })
  extractDate: string;

  /** The last day it counts for matching tasks with minors. */
  @ApiProperty({ format: 'date' })
  validUntil: string;

  @ApiProperty()
  seenByName: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class RecordCheckListDto {
  /** Newest extract first (a person has a handful at most: not paged). */
  @ApiProperty({ type: [RecordCheckDto] })
  items: RecordCheckDto[];

  /** Whether the newest extract counts today for tasks with minors. */
  @ApiProperty()
  validToday: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  validUntil: string | null;
}
