import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CatalogService } from '../catalog/catalog.service';
import { addDays, helsinkiDate, helsinkiInstant } from '../common/business-days';
import { OccurrenceStatus } from '../orders/orders.rules';
import { OrdersService } from '../orders/orders.service';
import { RegistryService } from '../registry/registry.service';
import { AssignmentStatus, HOLDING } from './assignment.rules';
import { suggestBatch } from './batch.rules';
import { candidateOf, CandidatesService, slotOf } from './candidates.service';
import { mapSuggestion, mapUnfilled, PeriodQueryDto, SlotMeta, SuggestionsDto } from './dto/matching.dto';
import { CandidateExpert, rankCandidates, TaskSlot, Weights } from './matching.rules';
import { MatchingSettingsService } from './matching-settings.service';

/** Proposals for a whole period at once: the most fit for every open time, with the load kept even. */
@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: OrdersService,
    private readonly registry: RegistryService,
    private readonly catalog: CatalogService,
    private readonly candidates: CandidatesService,
    private readonly settings: MatchingSettingsService,
  ) {}

  /** Proposes assignments for every open time in the period (not stored: the coordinator sends them as offers). */
  async suggestions(query: PeriodQueryDto): Promise<SuggestionsDto> {
    const from = helsinkiInstant(query.from);
    const to = helsinkiInstant(addDays(query.to, 1));
    const manager = this.dataSource.manager;
    const orders = await manager.query<Array<{ id: string }>>(
      `SELECT DISTINCT o.id FROM orders.orders o JOIN orders.occurrences oc ON oc.order_id = o.id
        WHERE o.status IN ('in_matching', 'partly_staffed') AND oc.status = 'planned' AND oc.starts_at >= $1 AND oc.starts_at < $2`,
      [from, to],
    );
    // everything the batch reads, once: the orders, every active person, the load in the period
    const views = await this.orders.matchingViews(
      orders.map((o) => o.id),
      manager,
    );
    const inPeriod = (o: { startsAt: Date; status: OccurrenceStatus }) =>
      o.status === OccurrenceStatus.Planned && o.startsAt >= from && o.startsAt < to;
    const allTimes = [...views.values()].flatMap((v) => v.occurrences.filter(inPeriod));
    const [profiles, loads, settings, tiers] = await Promise.all([
      this.registry.matchingProfiles({}),
      this.candidates.loads(
        manager,
        allTimes.map((o) => ({ startsAt: o.startsAt, endsAt: o.endsAt }) as TaskSlot),
      ),
      this.settings.current(),
      this.catalog.tiers(),
    ]);
    const byId = new Map(profiles.map((p) => [p.id, p]));
    // every person's candidate record once, and an index by experience area to start each time's pool from
    const everyone = profiles.map((p) => candidateOf(p, loads));
    const byArea = new Map<string, CandidateExpert[]>();
    for (const c of everyone) {
      for (const a of c.areas) {
        const list = byArea.get(a);
        if (list) list.push(c);
        else byArea.set(a, [c]);
      }
    }
    const orderIds = [...views.keys()];
    const [holdingAll, offersAll] = await Promise.all([
      manager.query<
        Array<{
          order_id: string;
          occurrence_id: string;
          expert_id: string;
          status: string;
          tier_code: string | null;
        }>
      >(
        `SELECT a.order_id, a.occurrence_id, a.expert_id, a.status, e.tier_code FROM assignment a JOIN registry.experts e ON e.id = a.expert_id
          WHERE a.order_id = ANY($1::uuid[]) AND a.status <> 'cancelled'`,
        [orderIds],
      ),
      manager.query<Array<{ order_id: string; expert_id: string }>>(
        `SELECT order_id, expert_id FROM offer WHERE order_id = ANY($1::uuid[]) AND status = 'open'`,
        [orderIds],
      ),
    ]);
    const weights = settings.weights as unknown as Weights;
    const slots: Parameters<typeof suggestBatch>[0] = [];
    const meta = new Map<string, SlotMeta>();
    const capacity = new Map<string, { capacity: number; load: number }>();
    const pools = new Map<string, CandidateExpert[]>();
    for (const view of views.values()) {
      const holding = holdingAll.filter((h) => h.order_id === view.id);
      const counts = new Map<string, number>();
      for (const h of holding)
        if (HOLDING.includes(h.status as AssignmentStatus))
          counts.set(h.occurrence_id, (counts.get(h.occurrence_id) ?? 0) + 1);
      const offered = new Set(offersAll.filter((o) => o.order_id === view.id).map((o) => o.expert_id));
      const wishedTierRank = view.wishedTierCode
        ? (tiers.find((t) => t.code === view.wishedTierCode)?.rank ?? null)
        : null;
      // orders that ask for the same language and areas start from the same pool
      const poolKey = `${view.languageCode ?? ''}|${[...view.requiredAreas].sort().join(',')}`;
      let base = pools.get(poolKey);
      if (!base) {
        const smallest =
          view.requiredAreas.map((a) => byArea.get(a) ?? []).sort((a, b) => a.length - b.length)[0] ??
          everyone;
        base = smallest.filter(
          (c) =>
            (!view.languageCode || c.languages.includes(view.languageCode)) &&
            view.requiredAreas.every((a) => c.areas.includes(a)),
        );
        pools.set(poolKey, base);
      }
      const pool = offered.size ? base.filter((c) => !offered.has(c.id)) : base;
      const times = view.occurrences.filter(
        (o) => inPeriod(o) && view.expertCount - (counts.get(o.id) ?? 0) > 0,
      );
      for (const occ of times) {
        const onTime = new Set(holding.filter((h) => h.occurrence_id === occ.id).map((h) => h.expert_id));
        const slot = slotOf(view, occ, holding, wishedTierRank);
        const top = rankCandidates(
          onTime.size ? pool.filter((c) => !onTime.has(c.id)) : pool,
          slot,
          weights,
          0,
        ).slice(0, 30);
        slots.push({
          id: occ.id,
          need: view.expertCount - (counts.get(occ.id) ?? 0),
          day: helsinkiDate(occ.startsAt),
          candidates: top.map((c) => ({ expertId: c.expertId, score: c.score })),
        });
        meta.set(occ.id, {
          orderId: view.id,
          number: view.number,
          title: view.title,
          startsAt: occ.startsAt,
        });
        const monthOfTime = helsinkiDate(occ.startsAt).slice(0, 7);
        for (const c of top) {
          const p = byId.get(c.expertId)!;
          const month = loads.byMonth.get(c.expertId)?.[monthOfTime] ?? 0;
          const prev = capacity.get(c.expertId);
          capacity.set(c.expertId, {
            capacity: Math.min(prev?.capacity ?? Infinity, Math.max(0, p.maxTasksPerMonth - month)),
            load: loads.recent.get(c.expertId)?.tasks ?? 0,
          });
        }
      }
    }
    const result = suggestBatch(
      slots,
      [...capacity].map(([id, c]) => ({ id, capacity: c.capacity, load: c.load })),
    );
    return {
      suggestions: result.assignments.map((a) => {
        const p = byId.get(a.expertId);
        return mapSuggestion(meta.get(a.slotId)!, a, p ? `${p.firstName} ${p.lastName}` : '');
      }),
      unfilled: result.unfilled.map((u) => mapUnfilled(meta.get(u.slotId)!, u)),
      totalScore: result.totalScore,
      slots: slots.length,
    };
  }
}
