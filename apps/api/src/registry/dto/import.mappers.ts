import { ImportStatus, RegistryImportEntity } from '../entities/registry-import.entity';
import { RegistryImportDto } from './import.dto';

export function mapImport(i: RegistryImportEntity): RegistryImportDto {
  return {
    id: i.id,
    fileName: i.fileName,
    format: i.format,
    status: i.status,
    totalRows: i.totalRows,
    validRows: i.validRows,
    processedRows: i.processedRows,
    importedRows: i.importedRows,
    progressPercent: i.validRows
      ? Math.round((100 * i.processedRows) / i.validRows)
      : i.status === ImportStatus.Completed
        ? 100
        : 0,
    problems: i.problems.slice(0, 500),
    problemCount: i.problems.length,
    createdAt: i.createdAt.toISOString(),
    finishedAt: i.finishedAt ? i.finishedAt.toISOString() : null,
    error: i.error,
  };
}
