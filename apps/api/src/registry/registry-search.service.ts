import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CatalogService } from '../catalog/catalog.service';
import { helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor } from '../common/pagination';
import { ExpertSort, ListExpertsQueryDto, PublicProfilesQueryDto } from './dto/expert.dto';
import {
  ExpertPageDto,
  ExpertSummaryDto,
  PublicProfileDto,
  PublicProfilePageDto,
} from './dto/expert-response.dto';
import { mapPublic, mapSummary } from './dto/expert.mappers';
import { ExpertEntity } from './entities/expert.entity';
import { areasOf, findExpertOrFail } from './expert.queries';
import { RegistryErrorCode, registryProblem } from './registry.exception';
import { ExpertStatus, taxCardDueSql, weeklyFromMinutes } from './registry.rules';

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

/**
 * Finding people: the coordinator's search, the orderers' public profiles, and what other modules read
 * of many people at once (statuses, matching profiles). The search and the profiles audit every person
 * they show; matching audits the people it shows itself.
 */
@Injectable()
export class RegistrySearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  // ---------------------------------------------------------------- coordinator: search

  async list(query: ListExpertsQueryDto, purpose = 'registry search'): Promise<ExpertPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const sort = query.sort ?? ExpertSort.Name;
    const qb = this.dataSource
      .getRepository(ExpertEntity)
      .createQueryBuilder('e');
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
    const areas = await areasOf(
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
    const places = await this.catalog.municipalityNames(page.map((e) => e.municipalityCode));
    return {
      items: page.map((e) => mapSummary(e, areas.get(e.id) ?? [], places.get(e.municipalityCode ?? '') ?? null)),
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
    if (q.taxCardMissing === true) {
      const year = Number(helsinkiDate(this.clock.now()).slice(0, 4));
      qb.andWhere(
        taxCardDueSql('e', ':taxYear'),
        { taxYear: year },
      );
    }
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

  /** One person's summary (duplicates view); audited like a search hit. */
  async summary(id: string): Promise<ExpertSummaryDto> {
    const e = await findExpertOrFail(this.dataSource.manager, id);
    const areas = await areasOf(this.dataSource.manager, [id]);
    await this.audit.record({
      action: 'expert.read',
      subjectType: 'expert',
      subjectId: id,
      fieldGroup: 'experience_areas',
      purpose: 'duplicate check',
    });
    return mapSummary(e, areas.get(id) ?? [], await this.catalog.municipalityName(e.municipalityCode));
  }

  // ---------------------------------------------------------------- orderers: public profiles

  async publicProfiles(query: PublicProfilesQueryDto): Promise<PublicProfilePageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.dataSource
      .getRepository(ExpertEntity)
      .createQueryBuilder('e')
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
    const areas = await areasOf(
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
    const places = await this.catalog.municipalityNames(page.map((e) => e.municipalityCode));
    return {
      items: page.map((e) => mapPublic(e, areas.get(e.id) ?? [], places.get(e.municipalityCode ?? '') ?? null)),
      nextCursor: rows.length > limit && last ? encodeCursor([last.lastName, last.firstName, last.id]) : null,
    };
  }

  async publicProfile(id: string): Promise<PublicProfileDto> {
    const e = await this.dataSource
      .getRepository(ExpertEntity)
      .findOne({ where: { id, status: ExpertStatus.Active } });
    if (!e) throw registryProblem(RegistryErrorCode.NotFound);
    const areas = await areasOf(this.dataSource.manager, [id]);
    await this.audit.record({
      action: 'expert.read',
      subjectType: 'expert',
      subjectId: id,
      fieldGroup: 'public_profile',
      purpose: 'choosing an expert',
    });
    return mapPublic(e, areas.get(id) ?? [], await this.catalog.municipalityName(e.municipalityCode));
  }

  // ---------------------------------------------------------------- other modules: many people at once

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
         LEFT JOIN catalog.training_tiers t ON t.code = e.tier_code
         LEFT JOIN catalog.municipalities m ON m.code = e.municipality_code
        WHERE ${where.join(' AND ')}`,
      params,
    );
    // absences are few: one query for those found (one text parameter is cheaper to send than an array of uuids)
    const absences = rows.length
      ? await this.dataSource.query<Array<{ expert_id: string; s: string; e: string }>>(
          // only absences that can touch the times asked about (from the day before the first of them)
          `SELECT expert_id, starts_on::text AS s, ends_on::text AS e FROM expert_absence
            WHERE ends_on >= coalesce($2::date, current_date) - 1 AND expert_id = ANY(string_to_array($1, ',')::uuid[])`,
          [
            rows.map((r) => r.id as string).join(','),
            criteria.onDays?.length ? [...criteria.onDays].sort()[0] : null,
          ],
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
}
