import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventBus } from '../events/event-bus';
import {
  Brackets,
  DataSource,
  EntityManager,
  In,
  IsNull,
  QueryFailedError,
  SelectQueryBuilder,
} from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { CatalogService } from '../catalog/catalog.service';
import { staleVersion } from '../common/concurrency';
import { FieldCipher } from '../common/field-cipher';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor } from '../common/pagination';
import { OrgUnitEntity } from '../units/org-unit.entity';
import {
  ChangeExpertStatusDto,
  CreateAbsenceDto,
  CreateExpertDto,
  CreateTrainingRecordDto,
  ExclusionInputDto,
  ExpertAreaInputDto,
  ExpertSort,
  ListExpertsQueryDto,
  PublicProfilesQueryDto,
  RecordConsentDto,
  UpdateExpertDto,
  UpdateOwnProfileDto,
  WeeklySlotDto,
} from './dto/expert.dto';
import {
  AbsenceDto,
  ExpertDto,
  ExpertPageDto,
  ExpertSummaryDto,
  PublicProfileDto,
  PublicProfilePageDto,
  TrainingRecordDto,
} from './dto/expert-response.dto';
import { ExpertAreaEntity } from './entities/expert-area.entity';
import {
  AbsenceEntity,
  ConsentEntity,
  ExclusionEntity,
  StatusChangeEntity,
  TrainingRecordEntity,
  WeeklyAvailabilityEntity,
} from './entities/expert-details.entities';
import { ExpertEntity } from './entities/expert.entity';
import { RegistryErrorCode, registryProblem } from './registry.exception';
import {
  allowedNextStatuses,
  canChangeStatus,
  deriveTier,
  ExpertKind,
  ExpertStatus,
  isValidBusinessId,
  isValidIban,
  maskIban,
  maskPersonalIdentityCode,
  normaliseIban,
  parsePersonalIdentityCode,
  PaymentMethod,
  weeklyFromMinutes,
} from './registry.rules';

/** Field groups of special-category or identifying data, named in the audit trail (never the values). */
const SENSITIVE_DETAIL = 'experience_areas,notes,identity,bank,earnings_ceiling';

type Viewer = 'coordinator' | 'self';

const COMMON_TEXT_MATCHES = 5_000;

/** One person as matching sees them (see `matchingProfiles`). */
export interface MatchingProfile {
  id: string;
  firstName: string;
  lastName: string;
  userId: string | null;
  municipalityName: string | null;
  status: 'applicant' | 'orientation' | 'active' | 'paused' | 'left';
  agreementInForce: boolean;
  languages: string[];
  kinds: string[];
  taskTypes: string[];
  tierCode: string | null;
  tierRank: number | null;
  areas: string[];
  worksRemote: boolean;
  worksInPerson: boolean;
  travelRadiusKm: number | null;
  home: { lat: number; lon: number } | null;
  maxTasksPerMonth: number;
  birthDate: string | null;
  weekly: Array<{ weekday: number; startsAt: string; endsAt: string }>;
  absences: Array<{ startsOn: string; endsOn: string }>;
  excludedUnitIds: string[];
}

/** Whom matching asks for: some people by id, or the active people who may fit the times of an order. */
export interface MatchingCriteria {
  expertIds?: string[];
  languageCode?: string | null;
  requiredAreas?: string[];
  /** Helsinki dates (ISO) on which the person must not be absent. */
  onDays?: string[];
  /**
   * Leave out in the database whoever fails, for every one of these times, a hard constraint that the
   * person's own row tells (matching's rules still decide; this only reads fewer people).
   */
  feasibleFor?: {
    mode: 'in_person' | 'remote' | 'hybrid';
    /** Each time as [from, to) minutes of the ISO week in Helsinki time (Monday 00:00 = 1440). */
    weekMinutes: Array<[number, number]>;
    excludedExpertIds: string[];
    unitIds: string[];
    wishedTierRank: number | null;
    /** When set, people under 18 on this day are left out. */
    adultsOn: string | null;
  };
}

@Injectable()
export class RegistryService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly catalog: CatalogService,
    private readonly bus: EventBus,
  ) {}

  onModuleInit(): void {
    this.bus.react('catalog.tier_rules_changed', (_event, manager) => this.rederiveTiers(manager));
  }

  /** Every expert's tier from their training records and the tier rules now in force, in one statement. */
  private async rederiveTiers(manager: EntityManager): Promise<void> {
    const rules = await this.catalog.tierRulesIn(manager);
    await manager.query(
      `
      WITH rules AS (
        SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(code text, rank int, "minHours" numeric, "requiresMentorTraining" boolean)),
      totals AS (
        SELECT e.id, coalesce(sum(t.hours), 0) AS hours, bool_or(t.mentor_training) AS mentor, count(t.id) AS records
          FROM expert e LEFT JOIN training_record t ON t.expert_id = e.id GROUP BY e.id),
      derived AS (
        SELECT totals.id,
               (SELECT r.code FROM rules r
                 WHERE totals.records > 0 AND r."minHours" <= totals.hours AND (NOT r."requiresMentorTraining" OR totals.mentor)
                 ORDER BY r.rank DESC LIMIT 1) AS tier
          FROM totals)
      UPDATE expert e SET tier_code = d.tier, version = version + 1, updated_at = now()
        FROM derived d WHERE e.id = d.id AND e.tier_code IS DISTINCT FROM d.tier`,
      [JSON.stringify(rules)],
    );
  }

  // ---------------------------------------------------------------- coordinator: search and read

  async list(query: ListExpertsQueryDto, purpose = 'registry search'): Promise<ExpertPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const sort = query.sort ?? ExpertSort.Name;
    const qb = this.dataSource
      .getRepository(ExpertEntity)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.municipality', 'm');
    const sortAfterMatching = await this.applyFilters(qb, query);
    const after = decodeCursor(query.cursor, sort === ExpertSort.Name ? 3 : 2);
    if (sort === ExpertSort.Name) {
      if (after) {
        qb.andWhere('(e.last_name, e.first_name, e.id) > (:a0, :a1, :a2)', {
          a0: after[0],
          a1: after[1],
          a2: after[2],
        });
      }
      // `last_name || ''` keeps the planner off the name index, so it matches first and sorts after.
      qb.orderBy(sortAfterMatching ? "e.last_name || ''" : 'e.last_name', 'ASC')
        .addOrderBy('e.first_name', 'ASC')
        .addOrderBy('e.id', 'ASC');
    } else {
      if (after) qb.andWhere('(e.updated_at, e.id) < (:a0, :a1)', { a0: after[0], a1: after[1] });
      qb.orderBy('e.updated_at', 'DESC').addOrderBy('e.id', 'DESC');
    }
    const rows = await qb.limit(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const areas = await this.areasOf(
      this.dataSource.manager,
      page.map((e) => e.id),
    );
    if (page.length) {
      await this.audit.recordMany(
        page.map((e) => ({
          action: 'expert.read',
          subjectType: 'expert',
          subjectId: e.id,
          fieldGroup: 'experience_areas',
          purpose,
        })),
      );
    }
    const last = page[page.length - 1];
    return {
      items: page.map((e) => this.mapSummary(e, areas.get(e.id) ?? [])),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor(
              sort === ExpertSort.Name
                ? [last.lastName, last.firstName, last.id]
                : [last.updatedAt.toISOString(), last.id],
            )
          : null,
    };
  }

  /**
   * Whether free text should be sorted after matching rather than found by walking the name order.
   * Walking and filtering is fastest when matches are common (it meets 50 soon); when they are rare or
   * sort late ("Virtanen"), it reads most of the registry, and matching through the trigram index and
   * sorting the few thousand hits is fast. A bounded count tells which case this is.
   */
  private async textIsSelective(pattern: string): Promise<boolean> {
    const [{ n }] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM expert WHERE lower(first_name || ' ' || last_name || ' ' || email) LIKE $1 LIMIT ${COMMON_TEXT_MATCHES}) s`,
      [pattern],
    );
    return n < COMMON_TEXT_MATCHES;
  }

  private async applyFilters(qb: SelectQueryBuilder<ExpertEntity>, q: ListExpertsQueryDto): Promise<boolean> {
    let sortAfterMatching = false;
    qb.andWhere('e.merged_into IS NULL AND e.erased_at IS NULL');
    if (q.q) {
      const pattern = `%${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(`lower(e.first_name || ' ' || e.last_name || ' ' || e.email) LIKE :q`, { q: pattern });
      sortAfterMatching = await this.textIsSelective(pattern);
    }
    if (q.status) qb.andWhere('e.status = :status', { status: q.status });
    if (q.tier) qb.andWhere('e.tier_code = :tier', { tier: q.tier });
    if (q.kind) qb.andWhere(':kind = ANY(e.kinds)', { kind: q.kind });
    if (q.taskType) qb.andWhere(':taskType = ANY(e.task_types)', { taskType: q.taskType });
    if (q.language?.length) qb.andWhere('e.languages @> :languages::text[]', { languages: q.language });
    // One EXISTS per area on the (expert_id, area_code) key: cheap while walking the name index.
    [...new Set(q.area ?? [])].forEach((area, i) => {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM expert_experience_area a${i} WHERE a${i}.expert_id = e.id AND a${i}.area_code = :area${i})`,
        {
          [`area${i}`]: area,
        },
      );
    });
    if (q.municipality) {
      const codes =
        q.maxDistanceKm !== undefined
          ? await this.catalog.municipalitiesWithin(q.municipality, q.maxDistanceKm)
          : [q.municipality];
      qb.andWhere('e.municipality_code = ANY(:codes::text[])', { codes });
    }
    if (q.availableFrom || q.availableTo) {
      const from = q.availableFrom ?? q.availableTo!;
      const to = q.availableTo ?? q.availableFrom!;
      if (from > to)
        throw registryProblem(
          RegistryErrorCode.InvalidDates,
          'availableFrom is after availableTo',
          'availableFrom',
        );
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM expert_absence ab WHERE ab.expert_id = e.id AND ab.starts_on <= :to::date AND ab.ends_on >= :from::date)`,
        { from, to },
      );
      qb.andWhere(
        new Brackets((w) =>
          w.where(`e.status <> 'paused'`).orWhere('e.paused_until < :from::date', { from }),
        ),
      );
    }
    return sortAfterMatching;
  }

  async get(id: string): Promise<ExpertDto> {
    const expert = await this.findOrFail(this.dataSource.manager, id);
    const dto = await this.detail(this.dataSource.manager, expert, 'coordinator');
    await this.audit.record({
      action: 'expert.read',
      subjectType: 'expert',
      subjectId: id,
      fieldGroup: SENSITIVE_DETAIL,
      purpose: 'registry',
    });
    return dto;
  }

  // ---------------------------------------------------------------- coordinator: write

  async create(user: UserPrincipal, dto: CreateExpertDto): Promise<ExpertDto> {
    await this.validateCodes(dto);
    return this.dataSource.transaction(async (manager) => {
      const expert = manager.create(ExpertEntity, {
        firstName: dto.firstName,
        lastName: dto.lastName,
        email: dto.email,
        languages: [],
        kinds: [],
        taskTypes: [],
        status: ExpertStatus.Applicant,
      });
      this.applyEditable(expert, dto);
      this.applyCoordinatorFields(expert, dto);
      this.checkPayment(expert);
      const saved = await this.saving(() => manager.save(expert));
      await this.replaceChildren(manager, saved.id, dto.areas, dto.weeklyAvailability, dto.exclusions);
      await manager.insert(StatusChangeEntity, {
        expertId: saved.id,
        fromStatus: null,
        toStatus: saved.status,
        reason: 'created',
        changedBy: user.userId,
      });
      await this.audit.record(
        { action: 'expert.create', subjectType: 'expert', subjectId: saved.id },
        manager,
      );
      return this.detail(manager, saved, 'coordinator');
    });
  }

  async update(id: string, expectedVersion: number, dto: UpdateExpertDto): Promise<ExpertDto> {
    await this.validateCodes(dto);
    return this.dataSource.transaction(async (manager) => {
      const expert = await this.lockForChange(manager, id, expectedVersion);
      if (dto.firstName !== undefined) expert.firstName = dto.firstName;
      if (dto.lastName !== undefined) expert.lastName = dto.lastName;
      if (dto.email !== undefined) expert.email = dto.email;
      this.applyEditable(expert, dto);
      this.applyCoordinatorFields(expert, dto);
      this.checkPayment(expert);
      const saved = await this.saving(() => manager.save(expert));
      await this.replaceChildren(manager, id, dto.areas, dto.weeklyAvailability, dto.exclusions);
      await this.audit.record({ action: 'expert.update', subjectType: 'expert', subjectId: id }, manager);
      return this.detail(manager, saved, 'coordinator');
    });
  }

  async changeStatus(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    dto: ChangeExpertStatusDto,
  ): Promise<ExpertDto> {
    return this.dataSource.transaction(async (manager) => {
      const expert = await this.lockForChange(manager, id, expectedVersion);
      if (!canChangeStatus(expert.status, dto.status)) {
        throw registryProblem(
          RegistryErrorCode.StatusTransition,
          `From ${expert.status} the status can change to: ${allowedNextStatuses(expert.status).join(', ')}.`,
          'status',
        );
      }
      const from = expert.status;
      expert.status = dto.status;
      expert.statusReason = dto.reason;
      expert.pausedUntil = dto.status === ExpertStatus.Paused ? (dto.pausedUntil ?? null) : null;
      const saved = await manager.save(expert);
      await manager.insert(StatusChangeEntity, {
        expertId: id,
        fromStatus: from,
        toStatus: dto.status,
        reason: dto.reason,
        changedBy: user.userId,
      });
      await this.audit.record(
        { action: 'expert.status_change', subjectType: 'expert', subjectId: id },
        manager,
      );
      return this.detail(manager, saved, 'coordinator');
    });
  }

  async addTraining(id: string, dto: CreateTrainingRecordDto): Promise<TrainingRecordDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.findOrFail(manager, id, true);
      const record = await manager.save(
        manager.create(TrainingRecordEntity, {
          expertId: id,
          course: dto.course,
          provider: dto.provider ?? null,
          hours: dto.hours,
          completedOn: dto.completedOn,
          mentorTraining: dto.mentorTraining ?? false,
        }),
      );
      await this.recomputeTier(manager, id);
      await this.audit.record(
        { action: 'expert.training_add', subjectType: 'expert', subjectId: id },
        manager,
      );
      return mapTraining(record);
    });
  }

  async removeTraining(id: string, recordId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.findOrFail(manager, id, true);
      const result = await manager.delete(TrainingRecordEntity, { id: recordId, expertId: id });
      if (!result.affected) throw registryProblem(RegistryErrorCode.RecordNotFound);
      await this.recomputeTier(manager, id);
      await this.audit.record(
        { action: 'expert.training_remove', subjectType: 'expert', subjectId: id },
        manager,
      );
    });
  }

  async addAbsence(id: string, dto: CreateAbsenceDto): Promise<AbsenceDto> {
    if (dto.startsOn > dto.endsOn)
      throw registryProblem(RegistryErrorCode.InvalidDates, 'The end is before the start.', 'endsOn');
    return this.dataSource.transaction(async (manager) => {
      await this.findOrFail(manager, id, true);
      const a = await manager.save(
        manager.create(AbsenceEntity, {
          expertId: id,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          kind: dto.kind,
        }),
      );
      await this.audit.record(
        { action: 'expert.absence_add', subjectType: 'expert', subjectId: id },
        manager,
      );
      return { id: a.id, startsOn: a.startsOn, endsOn: a.endsOn, kind: a.kind };
    });
  }

  async removeAbsence(id: string, absenceId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(AbsenceEntity, { id: absenceId, expertId: id });
      if (!result.affected) throw registryProblem(RegistryErrorCode.RecordNotFound);
      await this.audit.record(
        { action: 'expert.absence_remove', subjectType: 'expert', subjectId: id },
        manager,
      );
    });
  }

  /** Records a consent given now (a kind already given and not withdrawn is left as it is). */
  async giveConsent(id: string, dto: RecordConsentDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.findOrFail(manager, id, true);
      const open = await manager.findOne(ConsentEntity, {
        where: { expertId: id, kind: dto.kind, withdrawnAt: IsNull() },
      });
      if (!open) await manager.insert(ConsentEntity, { expertId: id, kind: dto.kind, givenAt: new Date() });
      await this.audit.record(
        { action: 'expert.consent_give', subjectType: 'expert', subjectId: id, fieldGroup: dto.kind },
        manager,
      );
    });
  }

  async withdrawConsent(id: string, dto: RecordConsentDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.findOrFail(manager, id, true);
      await manager.update(
        ConsentEntity,
        { expertId: id, kind: dto.kind, withdrawnAt: IsNull() },
        { withdrawnAt: new Date() },
      );
      await this.audit.record(
        { action: 'expert.consent_withdraw', subjectType: 'expert', subjectId: id, fieldGroup: dto.kind },
        manager,
      );
    });
  }

  // ---------------------------------------------------------------- the expert themself

  async ownExpertId(user: UserPrincipal): Promise<string> {
    const row = await this.dataSource
      .getRepository(ExpertEntity)
      .findOne({ where: { userId: user.userId }, select: { id: true } });
    if (!row)
      throw registryProblem(
        RegistryErrorCode.NoProfile,
        'Ask the coordinator to link your account to your expert profile.',
      );
    return row.id;
  }

  async getOwn(user: UserPrincipal): Promise<ExpertDto> {
    const id = await this.ownExpertId(user);
    const expert = await this.findOrFail(this.dataSource.manager, id);
    const dto = await this.detail(this.dataSource.manager, expert, 'self');
    await this.audit.record({
      action: 'expert.read',
      subjectType: 'expert',
      subjectId: id,
      fieldGroup: SENSITIVE_DETAIL,
      purpose: 'own profile',
    });
    return dto;
  }

  async updateOwn(
    user: UserPrincipal,
    expectedVersion: number,
    dto: UpdateOwnProfileDto,
  ): Promise<ExpertDto> {
    const id = await this.ownExpertId(user);
    await this.validateCodes(dto);
    return this.dataSource.transaction(async (manager) => {
      const expert = await this.lockForChange(manager, id, expectedVersion);
      this.applyEditable(expert, dto);
      const saved = await manager.save(expert);
      await this.replaceChildren(manager, id, undefined, dto.weeklyAvailability, dto.exclusions);
      if (dto.areaVisibility) {
        for (const a of dto.areaVisibility) {
          await manager.update(
            ExpertAreaEntity,
            { expertId: id, areaCode: a.code },
            { visibleToOrderers: a.visibleToOrderers },
          );
        }
      }
      await this.audit.record({ action: 'expert.update_own', subjectType: 'expert', subjectId: id }, manager);
      return this.detail(manager, saved, 'self');
    });
  }

  // ---------------------------------------------------------------- orderers: public profiles

  async publicProfiles(query: PublicProfilesQueryDto): Promise<PublicProfilePageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.dataSource
      .getRepository(ExpertEntity)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.municipality', 'm')
      .where(`e.status = 'active' AND e.merged_into IS NULL`);
    if (query.language?.length)
      qb.andWhere('e.languages @> :languages::text[]', { languages: query.language });
    [...new Set(query.area ?? [])].forEach((area, i) => {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM expert_experience_area a${i} WHERE a${i}.expert_id = e.id AND a${i}.area_code = :area${i} AND a${i}.visible_to_orderers)`,
        { [`area${i}`]: area },
      );
    });
    const after = decodeCursor(query.cursor, 3);
    if (after)
      qb.andWhere('(e.last_name, e.first_name, e.id) > (:a0, :a1, :a2)', {
        a0: after[0],
        a1: after[1],
        a2: after[2],
      });
    const rows = await qb
      .orderBy('e.last_name', 'ASC')
      .addOrderBy('e.first_name', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const areas = await this.areasOf(
      this.dataSource.manager,
      page.map((e) => e.id),
    );
    if (page.length) {
      await this.audit.recordMany(
        page.map((e) => ({
          action: 'expert.read',
          subjectType: 'expert',
          subjectId: e.id,
          fieldGroup: 'public_profile',
          purpose: 'choosing an expert',
        })),
      );
    }
    const last = page[page.length - 1];
    return {
      items: page.map((e) => this.mapPublic(e, areas.get(e.id) ?? [])),
      nextCursor: rows.length > limit && last ? encodeCursor([last.lastName, last.firstName, last.id]) : null,
    };
  }

  async publicProfile(id: string): Promise<PublicProfileDto> {
    const e = await this.dataSource
      .getRepository(ExpertEntity)
      .findOne({ where: { id, status: ExpertStatus.Active }, relations: { municipality: true } });
    if (!e) throw registryProblem(RegistryErrorCode.NotFound);
    const areas = await this.areasOf(this.dataSource.manager, [id]);
    await this.audit.record({
      action: 'expert.read',
      subjectType: 'expert',
      subjectId: id,
      fieldGroup: 'public_profile',
      purpose: 'choosing an expert',
    });
    return this.mapPublic(e, areas.get(id) ?? []);
  }

  /** The registry status of each of these people (unknown ids are left out); reads no sensitive field. */
  async statusesOf(ids: string[]): Promise<Map<string, ExpertStatus>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ id: string; status: ExpertStatus }>>(
      'SELECT id, status FROM expert WHERE id = ANY($1::uuid[]) AND merged_into IS NULL',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  /**
   * What matching needs of the people who could take a task (for the coordinator's candidate list):
   * active people by default, narrowed in SQL by language and required areas; or the named people
   * whatever their status (to explain why someone is not on the list). Reads experience areas: the
   * caller audits the people it shows.
   */
  async matchingProfiles(criteria: MatchingCriteria): Promise<MatchingProfile[]> {
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = ['e.merged_into IS NULL', 'e.erased_at IS NULL'];
    if (criteria.expertIds) {
      where.push(`e.id = ANY(${p(criteria.expertIds)}::uuid[])`);
    } else {
      // the active people in every required area (a GIN index), narrowed by whatever the times rule out
      where.push(`e.status = 'active'`);
      if (criteria.requiredAreas?.length) where.push(`e.area_codes @> ${p(criteria.requiredAreas)}::text[]`);
      if (criteria.languageCode) where.push(`${p(criteria.languageCode)} = ANY(e.languages)`);
      if (criteria.onDays?.length) {
        where.push(`NOT EXISTS (SELECT 1 FROM expert_absence ab, unnest(${p(criteria.onDays)}::date[]) d
                                 WHERE ab.expert_id = e.id AND d BETWEEN ab.starts_on AND ab.ends_on)`);
      }
      const f = criteria.feasibleFor;
      if (f) {
        where.push('e.registry_consent');
        if (f.mode === 'remote') where.push('e.works_remote');
        else if (f.mode === 'in_person') where.push('e.works_in_person');
        else where.push('(e.works_remote OR e.works_in_person)');
        if (f.weekMinutes.length) {
          const ranges = f.weekMinutes.map(([from, to]) => `[${from},${to})`);
          where.push(`(e.weekly_minutes IS NULL OR e.weekly_minutes @> ALL(${p(ranges)}::int4range[]))`);
        }
        if (f.excludedExpertIds.length) where.push(`e.id <> ALL(${p(f.excludedExpertIds)}::uuid[])`);
        if (f.unitIds.length) where.push(`NOT (e.excluded_unit_ids && ${p(f.unitIds)}::uuid[])`);
        if (f.wishedTierRank !== null) where.push(`coalesce(t.rank, 0) >= ${p(f.wishedTierRank)}`);
        if (f.adultsOn)
          where.push(
            `(e.birth_date IS NULL OR e.birth_date <= (${p(f.adultsOn)}::date - interval '18 years'))`,
          );
      }
    }
    const rows = await this.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT e.id, e.first_name, e.last_name, e.user_id, m.name_fi AS municipality_name, e.status, e.languages, e.kinds, e.task_types,
              e.works_remote, e.works_in_person, e.travel_radius_km, e.max_tasks_per_month, e.birth_date::text AS birth_date,
              e.tier_code, t.rank AS tier_rank, m.latitude, m.longitude, e.area_codes, e.weekly_minutes::text AS weekly,
              e.registry_consent, e.excluded_unit_ids
         FROM expert e
         LEFT JOIN training_tier t ON t.code = e.tier_code
         LEFT JOIN municipality m ON m.code = e.municipality_code
        WHERE ${where.join(' AND ')}`,
      params,
    );
    // absences are few: one query for those found (one text parameter is cheaper to send than an array of uuids)
    const absences = rows.length
      ? await this.dataSource.query<Array<{ expert_id: string; s: string; e: string }>>(
          // only absences that can touch the times asked about (from the day before the first of them)
          `SELECT expert_id, starts_on::text AS s, ends_on::text AS e FROM expert_absence
            WHERE ends_on >= coalesce($2::date, current_date) - 1 AND expert_id = ANY(string_to_array($1, ',')::uuid[])`,
          [rows.map((r) => r.id as string).join(','), criteria.onDays?.length ? [...criteria.onDays].sort()[0] : null],
        )
      : [];
    const absencesOf = new Map<string, Array<{ startsOn: string; endsOn: string }>>();
    for (const a of absences) {
      const list = absencesOf.get(a.expert_id) ?? [];
      list.push({ startsOn: a.s, endsOn: a.e });
      absencesOf.set(a.expert_id, list);
    }
    return rows.map((r) => {
      const id = r.id as string;
      return {
        id,
        firstName: r.first_name as string,
        lastName: r.last_name as string,
        userId: (r.user_id as string | null) ?? null,
        municipalityName: (r.municipality_name as string | null) ?? null,
        status: r.status as MatchingProfile['status'],
        agreementInForce: r.registry_consent as boolean,
        languages: r.languages as string[],
        kinds: r.kinds as string[],
        taskTypes: r.task_types as string[],
        tierCode: (r.tier_code as string | null) ?? null,
        tierRank: (r.tier_rank as number | null) ?? null,
        areas: r.area_codes as string[],
        worksRemote: r.works_remote as boolean,
        worksInPerson: r.works_in_person as boolean,
        travelRadiusKm: (r.travel_radius_km as number | null) ?? null,
        home: r.latitude === null ? null : { lat: Number(r.latitude), lon: Number(r.longitude) },
        maxTasksPerMonth: r.max_tasks_per_month as number,
        birthDate: (r.birth_date as string | null) ?? null,
        weekly: weeklyFromMinutes(r.weekly as string | null),
        absences: absencesOf.get(id) ?? [],
        excludedUnitIds: r.excluded_unit_ids as string[],
      };
    });
  }

  // ---------------------------------------------------------------- helpers

  private async findOrFail(manager: EntityManager, id: string, lock = false): Promise<ExpertEntity> {
    const expert = await manager.findOne(ExpertEntity, {
      where: { id },
      relations: lock ? undefined : { municipality: true },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!expert) throw registryProblem(RegistryErrorCode.NotFound);
    return expert;
  }

  private async lockForChange(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
  ): Promise<ExpertEntity> {
    const expert = await this.findOrFail(manager, id, true);
    if (expert.version !== expectedVersion) throw staleVersion(expert.version);
    return expert;
  }

  private applyEditable(e: ExpertEntity, dto: UpdateOwnProfileDto | UpdateExpertDto | CreateExpertDto): void {
    if (dto.phone !== undefined) e.phone = dto.phone || null;
    if (dto.municipalityCode !== undefined) e.municipalityCode = dto.municipalityCode;
    if (dto.postalCode !== undefined) e.postalCode = dto.postalCode;
    if (dto.languages !== undefined) e.languages = dto.languages;
    if (dto.taskTypes !== undefined) e.taskTypes = dto.taskTypes;
    if (dto.worksRemote !== undefined) e.worksRemote = dto.worksRemote;
    if (dto.worksInPerson !== undefined) e.worksInPerson = dto.worksInPerson;
    if (dto.travelRadiusKm !== undefined) e.travelRadiusKm = dto.travelRadiusKm;
    if (dto.maxTasksPerMonth !== undefined) e.maxTasksPerMonth = dto.maxTasksPerMonth;
    if (dto.introduction !== undefined) e.introduction = dto.introduction || null;
    if (dto.videoUrl !== undefined) e.videoUrl = dto.videoUrl || null;
    if (dto.earningsCeilingCents !== undefined) e.earningsCeilingCents = dto.earningsCeilingCents;
  }

  private applyCoordinatorFields(e: ExpertEntity, dto: UpdateExpertDto | CreateExpertDto): void {
    if (dto.kinds !== undefined) e.kinds = dto.kinds;
    if (dto.ngo !== undefined) e.ngo = dto.ngo || null;
    if (dto.paymentMethod !== undefined) e.paymentMethod = dto.paymentMethod;
    if (dto.businessId !== undefined) {
      if (dto.businessId && !isValidBusinessId(dto.businessId)) {
        throw registryProblem(
          RegistryErrorCode.InvalidBusinessId,
          'The check digit does not match.',
          'businessId',
        );
      }
      e.businessId = dto.businessId;
    }
    if (dto.taxCardYear !== undefined) e.taxCardYear = dto.taxCardYear;
    if (dto.coordinatorNotes !== undefined) e.coordinatorNotes = dto.coordinatorNotes || null;
    if (dto.personalIdentityCode !== undefined) {
      if (dto.personalIdentityCode === null || dto.personalIdentityCode === '') {
        e.personalIdEnc = null;
        e.personalIdHash = null;
      } else {
        const pic = dto.personalIdentityCode.trim().toUpperCase();
        const info = parsePersonalIdentityCode(pic);
        if (!info)
          throw registryProblem(
            RegistryErrorCode.InvalidPersonalId,
            'The identity code is not valid.',
            'personalIdentityCode',
          );
        e.personalIdEnc = this.cipher.encrypt(pic);
        e.personalIdHash = this.cipher.hash(pic);
        e.birthDate = info.birthDate;
      }
    }
    if (dto.iban !== undefined) {
      if (dto.iban === null || dto.iban === '') {
        e.ibanEnc = null;
      } else {
        if (!isValidIban(dto.iban))
          throw registryProblem(RegistryErrorCode.InvalidIban, 'The IBAN check digits do not match.', 'iban');
        e.ibanEnc = this.cipher.encrypt(normaliseIban(dto.iban));
      }
    }
  }

  private checkPayment(e: ExpertEntity): void {
    if (e.paymentMethod === PaymentMethod.Invoice && !e.businessId) {
      throw registryProblem(
        RegistryErrorCode.InvalidBusinessId,
        'Work compensation by invoice needs a business ID.',
        'businessId',
      );
    }
  }

  private async validateCodes(dto: {
    languages?: string[];
    taskTypes?: string[];
    areas?: ExpertAreaInputDto[];
    areaVisibility?: ExpertAreaInputDto[];
    municipalityCode?: string | null;
    exclusions?: ExclusionInputDto[];
  }): Promise<void> {
    const checks: Array<[string, Promise<string[]>]> = [];
    if (dto.languages?.length)
      checks.push(['languages', this.catalog.unknownCodes('languages', dto.languages)]);
    if (dto.taskTypes?.length)
      checks.push(['taskTypes', this.catalog.unknownCodes('task-types', dto.taskTypes)]);
    if (dto.areas?.length)
      checks.push([
        'areas',
        this.catalog.unknownCodes(
          'experience-areas',
          dto.areas.map((a) => a.code),
        ),
      ]);
    if (dto.areaVisibility?.length) {
      checks.push([
        'areaVisibility',
        this.catalog.unknownCodes(
          'experience-areas',
          dto.areaVisibility.map((a) => a.code),
        ),
      ]);
    }
    for (const [field, pending] of checks) {
      const unknown = await pending;
      if (unknown.length)
        throw registryProblem(RegistryErrorCode.UnknownCode, `Unknown: ${unknown.join(', ')}`, field);
    }
    if (dto.municipalityCode) {
      const m = (await this.catalog.municipalities()).find(
        (x) => x.code === dto.municipalityCode && !x.mergedInto,
      );
      if (!m)
        throw registryProblem(
          RegistryErrorCode.UnknownCode,
          `Unknown municipality: ${dto.municipalityCode}`,
          'municipalityCode',
        );
    }
    const unitIds = (dto.exclusions ?? []).map((x) => x.unitId).filter((x): x is string => !!x);
    if (unitIds.length) {
      const found = await this.dataSource.getRepository(OrgUnitEntity).countBy({ id: In(unitIds) });
      if (found !== new Set(unitIds).size)
        throw registryProblem(RegistryErrorCode.UnknownCode, 'Unknown unit', 'exclusions');
    }
    if ((dto.exclusions ?? []).some((x) => !x.unitId && !x.topic)) {
      throw registryProblem(
        RegistryErrorCode.UnknownCode,
        'An exclusion names a unit or a topic',
        'exclusions',
      );
    }
  }

  private async replaceChildren(
    manager: EntityManager,
    expertId: string,
    areas?: ExpertAreaInputDto[],
    weekly?: WeeklySlotDto[],
    exclusions?: ExclusionInputDto[],
  ): Promise<void> {
    if (areas) {
      await manager.delete(ExpertAreaEntity, { expertId });
      const unique = new Map(areas.map((a) => [a.code, a]));
      if (unique.size) {
        await manager.insert(
          ExpertAreaEntity,
          [...unique.values()].map((a) => ({
            expertId,
            areaCode: a.code,
            visibleToOrderers: a.visibleToOrderers,
          })),
        );
      }
    }
    if (weekly) {
      for (const s of weekly) {
        if (s.startsAt >= s.endsAt)
          throw registryProblem(
            RegistryErrorCode.InvalidDates,
            'A time slot ends before it starts.',
            'weeklyAvailability',
          );
      }
      await manager.delete(WeeklyAvailabilityEntity, { expertId });
      if (weekly.length) {
        await manager.insert(
          WeeklyAvailabilityEntity,
          weekly.map((s) => ({ expertId, weekday: s.weekday, startsAt: s.startsAt, endsAt: s.endsAt })),
        );
      }
    }
    if (exclusions) {
      await manager.delete(ExclusionEntity, { expertId });
      if (exclusions.length) {
        await manager.insert(
          ExclusionEntity,
          exclusions.map((x) => ({ expertId, unitId: x.unitId ?? null, topic: x.topic ?? null })),
        );
      }
    }
  }

  /** One person's summary (duplicates view); audited like a search hit. */
  async summary(id: string): Promise<ExpertSummaryDto> {
    const e = await this.findOrFail(this.dataSource.manager, id);
    const areas = await this.areasOf(this.dataSource.manager, [id]);
    await this.audit.record({
      action: 'expert.read',
      subjectType: 'expert',
      subjectId: id,
      fieldGroup: 'experience_areas',
      purpose: 'duplicate check',
    });
    return this.mapSummary(e, areas.get(id) ?? []);
  }

  recomputeTierIn(manager: EntityManager, expertId: string): Promise<void> {
    return this.recomputeTier(manager, expertId);
  }

  private async recomputeTier(manager: EntityManager, expertId: string): Promise<void> {
    const records = await manager.find(TrainingRecordEntity, { where: { expertId } });
    const tier = deriveTier(
      await this.catalog.tierRules(),
      records.map((r) => ({ hours: r.hours, mentorTraining: r.mentorTraining })),
    );
    await manager.query(
      'UPDATE expert SET tier_code = $2, updated_at = now(), version = version + 1 WHERE id = $1',
      [expertId, tier],
    );
  }

  private async areasOf(manager: EntityManager, ids: string[]): Promise<Map<string, ExpertAreaEntity[]>> {
    const map = new Map<string, ExpertAreaEntity[]>();
    if (!ids.length) return map;
    const rows = await manager.find(ExpertAreaEntity, {
      where: { expertId: In(ids) },
      order: { areaCode: 'ASC' },
    });
    for (const r of rows) map.set(r.expertId, [...(map.get(r.expertId) ?? []), r]);
    return map;
  }

  private async detail(manager: EntityManager, e: ExpertEntity, viewer: Viewer): Promise<ExpertDto> {
    const [areas, training, weekly, absences, exclusions, municipality, consents] = await Promise.all([
      this.areasOf(manager, [e.id]),
      manager.find(TrainingRecordEntity, { where: { expertId: e.id }, order: { completedOn: 'ASC' } }),
      manager.find(WeeklyAvailabilityEntity, {
        where: { expertId: e.id },
        order: { weekday: 'ASC', startsAt: 'ASC' },
      }),
      manager.find(AbsenceEntity, { where: { expertId: e.id }, order: { startsOn: 'ASC' } }),
      manager.find(ExclusionEntity, { where: { expertId: e.id } }),
      e.municipality !== undefined || !e.municipalityCode
        ? Promise.resolve(e.municipality ?? null)
        : this.catalog.municipalities().then((all) => all.find((m) => m.code === e.municipalityCode) ?? null),
      manager.find(ConsentEntity, { where: { expertId: e.id }, order: { givenAt: 'ASC' } }),
    ]);
    const fresh = await manager.findOneOrFail(ExpertEntity, { where: { id: e.id } });
    const pic = fresh.personalIdEnc ? this.cipher.decrypt(fresh.personalIdEnc) : null;
    const iban = fresh.ibanEnc ? this.cipher.decrypt(fresh.ibanEnc) : null;
    return {
      ...this.mapSummary({ ...fresh, municipality }, areas.get(e.id) ?? []),
      postalCode: fresh.postalCode,
      taskTypes: fresh.taskTypes,
      travelRadiusKm: fresh.travelRadiusKm,
      introduction: fresh.introduction,
      videoUrl: fresh.videoUrl,
      ngo: fresh.ngo,
      paymentMethod: fresh.paymentMethod,
      businessId: fresh.businessId,
      taxCardYear: fresh.taxCardYear,
      personalIdentityCodeMasked: pic ? maskPersonalIdentityCode(pic) : null,
      ibanMasked: iban ? maskIban(iban) : null,
      birthDate: fresh.birthDate,
      earningsCeilingCents: fresh.earningsCeilingCents,
      statusReason: fresh.statusReason,
      coordinatorNotes: viewer === 'coordinator' ? fresh.coordinatorNotes : null,
      allowedNextStatuses: viewer === 'coordinator' ? allowedNextStatuses(fresh.status) : [],
      training: training.map(mapTraining),
      weeklyAvailability: weekly.map((w) => ({
        weekday: w.weekday,
        startsAt: w.startsAt.slice(0, 5),
        endsAt: w.endsAt.slice(0, 5),
      })),
      absences: absences.map((a) => ({ id: a.id, startsOn: a.startsOn, endsOn: a.endsOn, kind: a.kind })),
      exclusions: exclusions.map((x) => ({ id: x.id, unitId: x.unitId, topic: x.topic })),
      consents: consents.map((c) => ({
        id: c.id,
        kind: c.kind,
        givenAt: c.givenAt.toISOString(),
        withdrawnAt: c.withdrawnAt ? c.withdrawnAt.toISOString() : null,
      })),
      userId: fresh.userId,
      version: fresh.version,
      createdAt: fresh.createdAt.toISOString(),
    };
  }

  private mapSummary(e: ExpertEntity, areas: ExpertAreaEntity[]): ExpertSummaryDto {
    return {
      id: e.id,
      firstName: e.firstName,
      lastName: e.lastName,
      email: e.email,
      phone: e.phone,
      municipality: e.municipality
        ? { code: e.municipality.code, nameFi: e.municipality.nameFi, nameSv: e.municipality.nameSv }
        : null,
      languages: e.languages,
      kinds: e.kinds as ExpertKind[],
      tier: e.tierCode,
      status: e.status,
      pausedUntil: e.pausedUntil,
      maxTasksPerMonth: e.maxTasksPerMonth,
      worksRemote: e.worksRemote,
      worksInPerson: e.worksInPerson,
      areas: areas.map((a) => ({ code: a.areaCode, visibleToOrderers: a.visibleToOrderers })),
      updatedAt: e.updatedAt.toISOString(),
    };
  }

  private mapPublic(e: ExpertEntity, areas: ExpertAreaEntity[]): PublicProfileDto {
    return {
      id: e.id,
      firstName: e.firstName,
      lastName: e.lastName,
      introduction: e.introduction,
      videoUrl: e.videoUrl,
      languages: e.languages,
      tier: e.tierCode,
      areas: areas.filter((a) => a.visibleToOrderers).map((a) => a.areaCode),
      municipalityName: e.municipality?.nameFi ?? null,
      worksRemote: e.worksRemote,
    };
  }

  private async saving<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      const constraint =
        err instanceof QueryFailedError
          ? (err.driverError as { constraint?: string })?.constraint
          : undefined;
      if (constraint === 'uq_expert_email')
        throw registryProblem(RegistryErrorCode.EmailTaken, undefined, 'email');
      if (constraint === 'uq_expert_personal_id_hash') {
        throw registryProblem(RegistryErrorCode.PersonalIdTaken, undefined, 'personalIdentityCode');
      }
      throw err;
    }
  }
}

function mapTraining(r: TrainingRecordEntity): TrainingRecordDto {
  return {
    id: r.id,
    course: r.course,
    provider: r.provider,
    hours: r.hours,
    completedOn: r.completedOn,
    mentorTraining: r.mentorTraining,
  };
}
