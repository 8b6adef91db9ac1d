import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportProblem } from '../import.rules';

export enum ImportStatus {
  Validated = 'validated',
  Queued = 'queued',
  Running = 'running',
  Completed = 'completed',
  Failed = 'failed',
}

/**
 * One uploaded spreadsheet: validated at upload (the dry run), imported by a background job. The
 * valid rows wait encrypted (they may hold identity codes and IBANs) and are erased when the import ends.
 */
@Entity({ name: 'registry_import' })
@Index('uq_registry_import_file_hash', ['fileHash'], { unique: true })
@Check('ck_registry_import_status', `"status" IN ('validated', 'queued', 'running', 'completed', 'failed')`)
@Check('ck_registry_import_counts', `"processed_rows" <= "valid_rows" AND "valid_rows" <= "total_rows"`)
export class RegistryImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  /** SHA-256 of the file: the same file uploaded again finds this import. */
  @Column({ name: 'file_hash', type: 'text' })
  fileHash: string;

  @Column({ type: 'text' })
  format: 'csv' | 'xlsx';

  @Column({ type: 'text', default: ImportStatus.Validated })
  status: ImportStatus;

  @Column({ name: 'total_rows', type: 'integer' })
  totalRows: number;

  @Column({ name: 'valid_rows', type: 'integer' })
  validRows: number;

  @Column({ name: 'processed_rows', type: 'integer', default: 0 })
  processedRows: number;

  @Column({ name: 'imported_rows', type: 'integer', default: 0 })
  importedRows: number;

  @Column({ type: 'jsonb' })
  problems: ImportProblem[];

  @Column({ name: 'rows_enc', type: 'text', nullable: true })
  rowsEnc: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
