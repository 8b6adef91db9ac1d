import { ApiProperty } from '@nestjs/swagger';
import { ImportStatus } from '../entities/registry-import.entity';

export class ImportProblemDto {
  /** The spreadsheet row (the header is row 1). */
  @ApiProperty()
  row: number;

  @ApiProperty({ example: 'personalIdentityCode' })
  field: string;

  @ApiProperty({ enum: ['missing', 'invalid', 'unknown', 'duplicate_in_file', 'duplicate_existing', 'unreadable'] })
  code: string;

  @ApiProperty()
  message: string;
}

export class RegistryImportDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  fileName: string;

  @ApiProperty({ enum: ['csv', 'xlsx'] })
  format: string;

  @ApiProperty({ enum: ImportStatus, enumName: 'ImportStatus' })
  status: ImportStatus;

  @ApiProperty()
  totalRows: number;

  /** Rows that will be imported; the others are listed in `problems`. */
  @ApiProperty()
  validRows: number;

  @ApiProperty()
  processedRows: number;

  @ApiProperty()
  importedRows: number;

  /** 0–100. */
  @ApiProperty()
  progressPercent: number;

  /** The first 500 problems; download them all as CSV. */
  @ApiProperty({ type: [ImportProblemDto] })
  problems: ImportProblemDto[];

  @ApiProperty()
  problemCount: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  finishedAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  error: string | null;
}

export class RegistryImportPageDto {
  @ApiProperty({ type: [RegistryImportDto] })
  items: RegistryImportDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
