import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UsersService } from '../auth/users.service';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { CatalogService } from '../catalog/catalog.service';
import { staleVersion } from '../common/concurrency';
import { FieldCipher } from '../common/field-cipher';
import { EventBus } from '../events/event-bus';
import { DataExportDto, DuplicateListDto, ExportExpertsQueryDto } from './dto/registry-admin.dto';
import { ExpertDto } from './dto/expert-response.dto';
import { ExpertEntity } from './entities/expert.entity';
import { DataExportSection } from './gdpr-classification';
import { erasure, exportQueries, mergePlan, personExport } from './gdpr.rules';
import { RegistryErrorCode, registryProblem } from './registry.exception';
import { ExpertProfileService } from './expert-profile.service';
import { ExpertStatusService } from './expert-status.service';
import { PersonalDataHolders } from './personal-data';
import { RegistrySearchService } from './registry-search.service';
import { writeCsv, writeXlsx } from './spreadsheet';

const EXPORT_LIMIT = 100_000;

/** What the data export, the merge and the erasure do with each column: see gdpr-classification.ts. */
const PERSON_EXPORT = personExport();
const MERGE = mergePlan();

/** The registry's bulk and data-protection operations: export, duplicates and merge, access requests, erasure. */
@Injectable()
export class RegistryAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly catalog: CatalogService,
    private readonly search: RegistrySearchService,
    private readonly profiles: ExpertProfileService,
    private readonly status: ExpertStatusService,
    private readonly users: UsersService,
    private readonly bus: EventBus,
    private readonly holders: PersonalDataHolders,
  ) {}

  private readonly properties = new Map<string, string>();

  /** The entity property of a column of `expert` (the classification names columns). */
  private propertyOf(column: string): string {
    let property = this.properties.get(column);
    if (!property) {
      const meta = this.dataSource.getMetadata(ExpertEntity).findColumnWithDatabaseName(column);
      if (!meta?.isSelect) throw new Error(`expert.${column} is classified but not a selected column of ExpertEntity`);
      property = meta.propertyName;
      this.properties.set(column, property);
    }
    return property;
  }

  /** The registry as a spreadsheet the import reads back (same Finnish headers); no identity codes or IBANs. */
  async export(query: ExportExpertsQueryDto): Promise<{ body: Buffer; contentType: string; fileName: string }> {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.search.list({ ...query, limit: 200, cursor }, 'export');
      ids.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && ids.length < EXPORT_LIMIT);
    const [areas, langs, tiers] = await Promise.all([
      this.catalog.labelled('experience-areas'),
      this.catalog.labelled('languages'),
      this.catalog.tiers(),
    ]);
    const label = (list: Array<{ code: string; labelFi: string }>, code: string) => list.find((x) => x.code === code)?.labelFi ?? code;
    const rows = ids.length
      ? await this.dataSource.query<
          Array<{
            first_name: string;
            last_name: string;
            email: string;
            phone: string | null;
            municipality: string | null;
            postal_code: string | null;
            languages: string[];
            areas: string[];
            status: string;
            tier_code: string | null;
            max_tasks_per_month: number;
          }>
        >(
          `SELECT e.first_name, e.last_name, e.email, e.phone, m.name_fi AS municipality, e.postal_code, e.languages,
                  coalesce(array_agg(a.area_code ORDER BY a.area_code) FILTER (WHERE a.area_code IS NOT NULL), '{}') AS areas,
                  e.status, e.tier_code, e.max_tasks_per_month
             FROM expert e LEFT JOIN catalog.municipalities m ON m.code = e.municipality_code
             LEFT JOIN expert_experience_area a ON a.expert_id = e.id
            WHERE e.id = ANY($1::uuid[])
            GROUP BY e.id, m.name_fi ORDER BY e.last_name, e.first_name, e.id`,
          [ids],
        )
      : [];
    const STATUS_FI: Record<string, string> = { applicant: 'hakija', orientation: 'perehdytyksessä', active: 'aktiivinen', paused: 'tauolla', left: 'lopettanut' };
    const header = ['Etunimi', 'Sukunimi', 'Sähköposti', 'Puhelin', 'Kotikunta', 'Postinumero', 'Kielet', 'Kokemusalueet', 'Tila', 'Koulutustaso', 'Tehtäviä enintään kuukaudessa'];
    const data = rows.map((r) => [
      r.first_name,
      r.last_name,
      r.email,
      r.phone,
      r.municipality,
      r.postal_code,
      r.languages.map((c) => label(langs, c)).join(', '),
      r.areas.map((c) => label(areas, c)).join(', '),
      STATUS_FI[r.status] ?? r.status,
      r.tier_code ? label(tiers, r.tier_code) : '',
      r.max_tasks_per_month,
    ]);
    const stamp = new Date().toISOString().slice(0, 10);
    if (query.format === 'csv') {
      return { body: writeCsv(header, data), contentType: 'text/csv; charset=utf-8', fileName: `kokemusasiantuntijat-${stamp}.csv` };
    }
    return {
      body: await writeXlsx('Rekisteri', header, data),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: `kokemusasiantuntijat-${stamp}.xlsx`,
    };
  }

  /** People who look like the same person recorded twice: same name and birth date, or same name and phone. */
  async duplicates(): Promise<DuplicateListDto> {
    const pairs = await this.dataSource.query<Array<{ a: string; b: string; same_birth: boolean; same_phone: boolean }>>(
      `SELECT a.id AS a, b.id AS b,
              (a.birth_date IS NOT NULL AND a.birth_date = b.birth_date) AS same_birth,
              (a.phone IS NOT NULL AND regexp_replace(a.phone, '\\D', '', 'g') = regexp_replace(b.phone, '\\D', '', 'g')) AS same_phone
         FROM expert a JOIN expert b
           ON a.id < b.id AND lower(a.first_name) = lower(b.first_name) AND lower(a.last_name) = lower(b.last_name)
        WHERE a.merged_into IS NULL AND b.merged_into IS NULL AND a.erased_at IS NULL AND b.erased_at IS NULL
          AND ((a.birth_date IS NOT NULL AND a.birth_date = b.birth_date)
            OR (a.phone IS NOT NULL AND regexp_replace(a.phone, '\\D', '', 'g') = regexp_replace(b.phone, '\\D', '', 'g')))
        LIMIT 200`,
    );
    const items = [];
    for (const p of pairs) {
      const [first, second] = await Promise.all([this.search.summary(p.a), this.search.summary(p.b)]);
      items.push({
        first,
        second,
        reasons: [...(p.same_birth ? ['name_and_birth_date'] : []), ...(p.same_phone ? ['name_and_phone'] : [])],
      });
    }
    return { items };
  }

  /** Folds the duplicate into the kept record; the duplicate stays, marked merged, so history is not lost. */
  async merge(user: UserPrincipal, keptId: string, expectedVersion: number, duplicateId: string): Promise<ExpertDto> {
    if (keptId === duplicateId) throw registryProblem(RegistryErrorCode.MergeInvalid, 'Choose two different people.', 'duplicateId');
    await this.dataSource.transaction(async (manager) => {
      const [kept, dup] = await Promise.all([
        manager.findOne(ExpertEntity, { where: { id: keptId }, lock: { mode: 'pessimistic_write' } }),
        manager.findOne(ExpertEntity, { where: { id: duplicateId }, lock: { mode: 'pessimistic_write' } }),
      ]);
      if (!kept || !dup) throw registryProblem(RegistryErrorCode.NotFound);
      if (kept.version !== expectedVersion) throw staleVersion(kept.version);
      if (kept.mergedInto || dup.mergedInto) throw registryProblem(RegistryErrorCode.MergeInvalid, 'One of them is already merged.', 'duplicateId');
      const k = kept as unknown as Record<string, unknown>;
      const d = dup as unknown as Record<string, unknown>;
      const prop = (column: string) => this.propertyOf(column);
      for (const column of MERGE.fill) {
        if (k[prop(column)] === null && d[prop(column)] !== null) k[prop(column)] = d[prop(column)];
      }
      for (const { column, with: along } of MERGE.move) {
        if (k[prop(column)] !== null || d[prop(column)] === null) continue;
        for (const c of [column, ...along]) k[prop(c)] = d[prop(c)];
        // unique: off the duplicate before the kept record takes it
        const cleared = [column, ...along].map((c) => `${c} = NULL`).join(', ');
        await manager.query(`UPDATE expert SET ${cleared} WHERE id = $1`, [dup.id]);
      }
      for (const column of MERGE.union) {
        k[prop(column)] = [...new Set([...(k[prop(column)] as unknown[]), ...(d[prop(column)] as unknown[])])];
      }
      await manager.save(kept);
      for (const sql of MERGE.lists) await manager.query(sql, [kept.id, dup.id]);
      await manager.query(
        `UPDATE expert SET merged_into = $1, status = 'left', paused_until = NULL, status_reason = 'merged', version = version + 1, updated_at = now() WHERE id = $2`,
        [kept.id, dup.id],
      );
      await manager.query(
        `INSERT INTO expert_status_change (expert_id, from_status, to_status, reason, changed_by) VALUES ($1, $2, 'left', $3, $4)`,
        [dup.id, dup.status, `merged into ${kept.id}`, user.userId],
      );
      await this.status.recomputeTierIn(manager, kept.id);
      // the modules above move what they hold of the duplicate (onboarding's applications, agreements, …)
      await this.bus.publish(manager, {
        type: 'expert.merged',
        aggregateType: 'expert',
        aggregateId: kept.id,
        payload: { keptId: kept.id, duplicateId: dup.id },
      });
      await this.audit.recordMany(
        [
          { action: 'expert.merge', subjectType: 'expert', subjectId: kept.id },
          { action: 'expert.merged_into', subjectType: 'expert', subjectId: dup.id },
        ],
        manager,
      );
    });
    return this.profiles.get(keptId);
  }

  /** Everything held about the person, with when and why it was read (GDPR art. 15, CJEU C-579/21). */
  async dataExport(id: string, purpose: string): Promise<DataExportDto> {
    const expert = await this.dataSource.getRepository(ExpertEntity).findOne({ where: { id } });
    if (!expert) throw registryProblem(RegistryErrorCode.NotFound);
    const [sections, access, modules] = await Promise.all([
      Promise.all(
        exportQueries().map(async ({ section, sql }) => [section, await this.dataSource.query<Array<Record<string, unknown>>>(sql, [id])] as const),
      ),
      this.audit.historyOf([
        { type: 'expert', id },
        ...(expert.userId ? [{ type: 'user', id: expert.userId }] : []),
      ]),
      this.holders.exportOf(this.dataSource.manager, id),
    ]);
    await this.audit.record({ action: 'expert.data_export', subjectType: 'expert', subjectId: id, fieldGroup: 'all', purpose });
    const row = expert as unknown as Record<string, unknown>;
    const person: Record<string, unknown> = {};
    for (const column of PERSON_EXPORT.plain) person[this.propertyOf(column)] = row[this.propertyOf(column)];
    for (const { column, as } of PERSON_EXPORT.decrypted) {
      const stored = row[this.propertyOf(column)] as string | null;
      person[as] = stored ? this.cipher.decrypt(stored) : null;
    }
    return {
      exportedAt: new Date().toISOString(),
      person,
      ...(Object.fromEntries(sections) as Pick<DataExportDto, DataExportSection>),
      modules,
      accessLog: access,
    };
  }

  /**
   * Erasure (GDPR art. 17): removes or anonymises everything that no law requires to keep. The row
   * stays, anonymised, because fee and payment records (kept 6 years after the year's end) refer to it.
   */
  async erase(user: UserPrincipal, id: string, expectedVersion: number): Promise<void> {
    await this.dataSource.transaction(async (manager: EntityManager) => {
      const expert = await manager.findOne(ExpertEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!expert) throw registryProblem(RegistryErrorCode.NotFound);
      if (expert.version !== expectedVersion) throw staleVersion(expert.version);
      const { lists, person } = erasure(id);
      for (const statement of lists) await manager.query(statement.sql, statement.params);
      if (expert.userId) {
        await this.users.eraseAccount(manager, expert.userId);
      }
      await manager.query(person.sql, person.params);
      // the modules above erase what they hold of the person (onboarding's applications, …)
      await this.bus.publish(manager, { type: 'expert.erased', aggregateType: 'expert', aggregateId: id, payload: { expertId: id } });
      await this.audit.record({ action: 'expert.erase', subjectType: 'expert', subjectId: id, purpose: 'data subject request' }, manager);
      void user;
    });
  }
}
