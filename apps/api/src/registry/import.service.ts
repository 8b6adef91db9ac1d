import { createHash } from 'node:crypto';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { CatalogService } from '../catalog/catalog.service';
import { FieldCipher } from '../common/field-cipher';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { safeErrorForLog } from '../common/problem.filter';
import { JobsService } from '../jobs/jobs.service';
import { RegistryImportDto, RegistryImportPageDto } from './dto/import.dto';
import { mapImport } from './dto/import.mappers';
import { ImportStatus, RegistryImportEntity } from './entities/registry-import.entity';
import { ExpertColumn } from './gdpr-classification';
import { ImportRow, Lookups, validateRows } from './import.rules';
import { RegistryErrorCode, registryProblem } from './registry.exception';
import { deriveTier } from './registry.rules';
import { readTable, writeCsv } from './spreadsheet';

export const IMPORT_QUEUE = 'registry-import';
const CHUNK = 250;

@Injectable()
export class ImportService implements OnModuleInit {
  private readonly logger = new Logger('RegistryImport');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly catalog: CatalogService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ importId: string }>(IMPORT_QUEUE, (d) => this.run(d.importId));
  }

  /** The dry run: parse and validate everything, store the valid rows encrypted. Same file again → same import. */
  async upload(user: UserPrincipal, fileName: string, bytes: Buffer): Promise<RegistryImportDto> {
    if (!bytes?.length) throw registryProblem(RegistryErrorCode.ImportUnreadable, 'The file is empty.', 'file');
    const fileHash = createHash('sha256').update(bytes).digest('hex');
    const repo = this.dataSource.getRepository(RegistryImportEntity);
    const existing = await repo.findOne({ where: { fileHash } });
    if (existing) return mapImport(existing);
    let parsed: Awaited<ReturnType<typeof readTable>>;
    try {
      parsed = await readTable(bytes);
    } catch {
      throw registryProblem(RegistryErrorCode.ImportUnreadable, 'The file is not a CSV or XLSX spreadsheet we can read.', 'file');
    }
    const { rows, problems } = validateRows(parsed.table, await this.lookups());
    const total = Math.max(0, parsed.table.filter((r) => r.some((c) => String(c ?? '').trim())).length - 1);
    const saved = await this.dataSource.transaction(async (manager) => {
      const entity = await manager.save(
        manager.create(RegistryImportEntity, {
          fileName: fileName.slice(0, 200),
          fileHash,
          format: parsed.format,
          totalRows: total,
          validRows: rows.length,
          problems,
          rowsEnc: rows.length ? this.cipher.encrypt(JSON.stringify(rows)) : null,
          createdBy: user.userId,
        }),
      );
      await this.audit.record({ action: 'registry_import.upload', subjectType: 'registry_import', subjectId: entity.id }, manager);
      return entity;
    });
    return mapImport(saved);
  }

  async start(id: string): Promise<RegistryImportDto> {
    return this.dataSource.transaction(async (manager) => {
      const imp = await manager.findOne(RegistryImportEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!imp) throw registryProblem(RegistryErrorCode.ImportNotFound);
      if (imp.status !== ImportStatus.Validated) return mapImport(imp);
      if (imp.validRows === 0) throw registryProblem(RegistryErrorCode.ImportNothingToImport, 'Fix the problems and upload the file again.');
      imp.status = ImportStatus.Queued;
      await manager.save(imp);
      await this.jobs.send(IMPORT_QUEUE, { importId: id }, manager, { singletonKey: `import:${id}` });
      await this.audit.record({ action: 'registry_import.start', subjectType: 'registry_import', subjectId: id }, manager);
      return mapImport(imp);
    });
  }

  /** The background job: imports chunk by chunk, resuming where it stopped; rows already present are skipped. */
  async run(id: string): Promise<void> {
    const repo = this.dataSource.getRepository(RegistryImportEntity);
    const imp = await repo.findOne({ where: { id } });
    if (!imp || imp.status === ImportStatus.Completed || imp.status === ImportStatus.Failed || !imp.rowsEnc) return;
    await repo.update({ id }, { status: ImportStatus.Running, startedAt: imp.startedAt ?? new Date() });
    try {
      const rows = JSON.parse(this.cipher.decrypt(imp.rowsEnc)) as ImportRow[];
      const tierRules = await this.catalog.tierRules();
      for (let start = imp.processedRows; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        await this.dataSource.transaction(async (manager) => {
          let imported = 0;
          for (const r of chunk) {
            // typed by the GDPR classification: the import writes no column that erasure does not know
            const values: Partial<Record<ExpertColumn, unknown>> = {
              first_name: r.firstName,
              last_name: r.lastName,
              email: r.email,
              phone: r.phone,
              municipality_code: r.municipalityCode,
              postal_code: r.postalCode,
              languages: r.languages,
              kinds: [],
              task_types: [],
              personal_id_enc: r.personalIdentityCode ? this.cipher.encrypt(r.personalIdentityCode) : null,
              personal_id_hash: r.personalIdentityCode ? this.cipher.hash(r.personalIdentityCode) : null,
              iban_enc: r.iban ? this.cipher.encrypt(r.iban) : null,
              birth_date: r.birthDate,
              status: r.status,
              tier_code: r.training ? deriveTier(tierRules, [{ hours: r.training.hours, mentorTraining: false }]) : null,
            };
            const columns = Object.keys(values);
            const inserted = await manager.query<Array<{ id: string }>>(
              `INSERT INTO expert (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
               ON CONFLICT DO NOTHING RETURNING id`,
              Object.values(values),
            );
            const expertId = inserted[0]?.id;
            if (!expertId) continue;
            imported++;
            for (const area of r.areas) {
              await manager.query('INSERT INTO expert_experience_area (expert_id, area_code, visible_to_orderers) VALUES ($1, $2, false)', [
                expertId,
                area,
              ]);
            }
            if (r.training) {
              await manager.query('INSERT INTO training_record (expert_id, course, hours, completed_on) VALUES ($1, $2, $3, $4)', [
                expertId,
                r.training.course,
                r.training.hours,
                r.training.completedOn,
              ]);
            }
            await manager.query(
              `INSERT INTO expert_status_change (expert_id, from_status, to_status, reason, changed_by) VALUES ($1, NULL, $2, $3, $4)`,
              [expertId, r.status, `import ${imp.fileName}`, imp.createdBy],
            );
          }
          await manager.query(
            'UPDATE registry_import SET processed_rows = processed_rows + $2, imported_rows = imported_rows + $3 WHERE id = $1',
            [id, chunk.length, imported],
          );
        });
      }
      await repo.update({ id }, { status: ImportStatus.Completed, finishedAt: new Date(), rowsEnc: null });
    } catch (err) {
      this.logger.error({ failure: safeErrorForLog(err), importId: id }, 'Import failed');
      await repo.update({ id }, { status: ImportStatus.Failed, finishedAt: new Date(), error: 'The import stopped on an error. Rows imported so far remain.' });
    }
  }

  async get(id: string): Promise<RegistryImportDto> {
    const imp = await this.dataSource.getRepository(RegistryImportEntity).findOne({ where: { id } });
    if (!imp) throw registryProblem(RegistryErrorCode.ImportNotFound);
    return mapImport(imp);
  }

  async list(query: { limit?: number; cursor?: string }): Promise<RegistryImportPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource.getRepository(RegistryImportEntity).createQueryBuilder('i');
    if (after) qb.where('(i.created_at, i.id) < (:c, :i)', { c: after[0], i: after[1] });
    const rows = await qb.orderBy('i.created_at', 'DESC').addOrderBy('i.id', 'DESC').limit(limit + 1).getMany();
    return pageOf(rows, limit, mapImport, (i) => [i.createdAt.toISOString(), i.id]);
  }

  async problemsCsv(id: string): Promise<Buffer> {
    const imp = await this.dataSource.getRepository(RegistryImportEntity).findOne({ where: { id } });
    if (!imp) throw registryProblem(RegistryErrorCode.ImportNotFound);
    return writeCsv(
      ['rivi / row', 'kenttä / field', 'koodi / code', 'viesti / message'],
      imp.problems.map((p) => [p.row, p.field, p.code, p.message]),
    );
  }

  private async lookups(): Promise<Lookups> {
    const [municipalities, languages, areas, emails, hashes] = await Promise.all([
      this.catalog.municipalities(),
      this.catalog.labelled('languages'),
      this.catalog.labelled('experience-areas'),
      this.dataSource.query<Array<{ e: string }>>('SELECT lower(email) AS e FROM expert'),
      this.dataSource.query<Array<{ h: string }>>('SELECT personal_id_hash AS h FROM expert WHERE personal_id_hash IS NOT NULL'),
    ]);
    const byName = new Map<string, string>();
    for (const m of municipalities) {
      const code = m.mergedInto ?? m.code;
      byName.set(m.nameFi.toLowerCase(), code);
      byName.set(m.nameSv.toLowerCase(), code);
    }
    const labelled = (items: Array<{ code: string; labelFi: string; labelSv: string; labelEn: string }>) => {
      const map = new Map<string, string>();
      for (const i of items) for (const k of [i.code, i.labelFi, i.labelSv, i.labelEn]) map.set(k.toLowerCase(), i.code);
      return map;
    };
    const langMap = labelled(languages);
    const areaMap = labelled(areas);
    const emailSet = new Set(emails.map((r) => r.e));
    const hashSet = new Set(hashes.map((r) => r.h));
    return {
      municipality: (name) => {
        const code = byName.get(name.trim().toLowerCase());
        return code ? { code } : null;
      },
      language: (v) => langMap.get(v.trim().toLowerCase()) ?? null,
      area: (v) => areaMap.get(v.trim().toLowerCase()) ?? null,
      existingEmail: (e) => emailSet.has(e.toLowerCase()),
      existingPersonalId: (pic) => hashSet.has(this.cipher.hash(pic)),
    };
  }
}
