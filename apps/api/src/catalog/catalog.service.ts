import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventBus } from '../events/event-bus';
import { distanceKm, TierRule } from './catalog.rules';
import {
  ExperienceAreaEntity,
  LanguageEntity,
  MunicipalityEntity,
  TaskTypeEntity,
  TrainingTierEntity,
} from './catalog.entities';

export type CatalogName = 'experience-areas' | 'task-types' | 'languages';

const ENTITY = { 'experience-areas': ExperienceAreaEntity, 'task-types': TaskTypeEntity, languages: LanguageEntity } as const;

/** A municipality as other modules show it. */
export interface MunicipalityName {
  code: string;
  nameFi: string;
  nameSv: string;
}

/** Reference lists in fi/sv/en. Small and read often: cached in memory for a minute. */
@Injectable()
export class CatalogService {
  private cache = new Map<string, { at: number; value: unknown }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {}

  private async cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < 60_000) return hit.value as T;
    const value = await load();
    this.cache.set(key, { at: Date.now(), value });
    return value;
  }

  invalidate(): void {
    this.cache.clear();
  }

  labelled(name: CatalogName): Promise<Array<ExperienceAreaEntity | TaskTypeEntity | LanguageEntity>> {
    return this.cached(name, () => this.dataSource.getRepository(ENTITY[name]).find({ order: { sortOrder: 'ASC', code: 'ASC' } }));
  }

  municipalities(): Promise<MunicipalityEntity[]> {
    return this.cached('municipalities', () => this.dataSource.getRepository(MunicipalityEntity).find({ order: { nameFi: 'ASC' } }));
  }

  tiers(): Promise<TrainingTierEntity[]> {
    return this.cached('tiers', () => this.dataSource.getRepository(TrainingTierEntity).find({ order: { rank: 'ASC' } }));
  }

  /** The tier rules as the given transaction sees them (uncached: right after a change). */
  async tierRulesIn(manager: EntityManager): Promise<TierRule[]> {
    const tiers = await manager.find(TrainingTierEntity, { order: { rank: 'ASC' } });
    return tiers.map((t) => ({ code: t.code, rank: t.rank, minHours: t.minHours, requiresMentorTraining: t.requiresMentorTraining }));
  }

  async tierRules(): Promise<TierRule[]> {
    return (await this.tiers()).map((t) => ({
      code: t.code,
      rank: t.rank,
      minHours: t.minHours,
      requiresMentorTraining: t.requiresMentorTraining,
    }));
  }

  /**
   * Changes a tier's threshold or labels; the registry reacts in the same transaction by deriving
   * every expert's tier again, so it never shows a tier the current rules would not give.
   */
  async updateTier(code: string, change: Partial<Pick<TrainingTierEntity, 'minHours' | 'requiresMentorTraining' | 'labelFi' | 'labelSv' | 'labelEn'>>): Promise<TrainingTierEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const tier = await manager.findOne(TrainingTierEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!tier) return null;
      Object.assign(tier, Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)));
      await manager.save(tier);
      // the registry derives every expert's tier again in this transaction (its reaction to the fact)
      await this.bus.publish(manager, {
        type: 'catalog.tier_rules_changed',
        aggregateType: 'training_tier',
        aggregateId: code,
        payload: { tierCode: code },
      });
      this.invalidate();
      return tier;
    });
  }

  /** Codes not in the catalogue (inactive ones count as unknown for new data). */
  async unknownCodes(name: CatalogName, codes: string[]): Promise<string[]> {
    const known = new Set((await this.labelled(name)).filter((x) => x.active).map((x) => x.code));
    return codes.filter((c) => !known.has(c));
  }

  /** Municipalities' names by code, for another module's records (merged ones keep their names). */
  async municipalityNames(codes: Array<string | null>): Promise<Map<string, MunicipalityName>> {
    const wanted = new Set(codes.filter((c): c is string => !!c));
    if (!wanted.size) return new Map();
    const all = await this.municipalities();
    return new Map(
      all.filter((m) => wanted.has(m.code)).map((m) => [m.code, { code: m.code, nameFi: m.nameFi, nameSv: m.nameSv }]),
    );
  }

  /** One municipality's names, or null for no code or an unknown one. */
  async municipalityName(code: string | null): Promise<MunicipalityName | null> {
    return code ? ((await this.municipalityNames([code])).get(code) ?? null) : null;
  }

  /** Current municipalities within `km` of the given one (itself included). */
  async municipalitiesWithin(code: string, km: number): Promise<string[]> {
    const all = (await this.municipalities()).filter((m) => !m.mergedInto);
    const origin = all.find((m) => m.code === code);
    if (!origin) return [];
    const o = { lat: origin.latitude, lon: origin.longitude };
    return all.filter((m) => distanceKm(o, { lat: m.latitude, lon: m.longitude }) <= km).map((m) => m.code);
  }
}
