import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CatalogService } from '../catalog/catalog.service';
import { helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import { AgreementsDue } from '../onboarding/agreements-due';
import { MentorshipsService } from '../onboarding/mentorships.service';
import { RecordChecksService } from '../onboarding/record-checks.service';
import { OccurrenceStatus } from '../orders/orders.rules';
import { OrderMatchingView, OrdersService } from '../orders/orders.service';
import { MatchingProfile, RegistryService } from '../registry/registry.service';
import { AssignmentStatus, HOLDING } from './assignment.rules';
import { CandidateListDto, CandidatesQueryDto } from './dto/matching.dto';
import { MatchingErrorCode, matchingProblem } from './matching.exception';
import {
  CandidateExpert,
  Constraint,
  failedConstraints,
  mayBeOffered,
  monthKey,
  rankCandidates,
  RankedCandidate,
  TaskSlot,
  weekMinutes,
  Weights,
} from './matching.rules';
import { MatchingSettingsService } from './matching-settings.service';

/** Bookings, tasks per month and recent load of the people considered. */
export interface Loads {
  booked: Map<string, Array<{ startsAt: Date; endsAt: Date }>>;
  byMonth: Map<string, Record<string, number>>;
  recent: Map<string, { hours: number; tasks: number }>;
  /** People with a required agreement still to accept: no new offers for them. */
  agreementsDue: Set<string>;
  /** The date of each person's newest criminal-record extract. */
  recordChecks: Map<string, string>;
  /** Each person's partners in active mentorships. */
  mentorships: Map<string, string[]>;
}

/** An order's times and the people who may take them, best first. */
export interface Ranking {
  view: OrderMatchingView;
  slots: Array<{ occurrenceId: string; slot: TaskSlot }>;
  ranked: RankedCandidate[];
  profiles: Map<string, MatchingProfile>;
  loads: Loads;
  involved: Set<string>;
  weights: Weights;
}

/** Who may take an order's times, ranked, and why someone is not among them. */
@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: OrdersService,
    private readonly registry: RegistryService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly settings: MatchingSettingsService,
    private readonly agreements: AgreementsDue,
    private readonly recordChecks: RecordChecksService,
    private readonly mentorships: MentorshipsService,
  ) {}

  async candidates(orderId: string, query: CandidatesQueryDto): Promise<CandidateListDto> {
    const limit = query.limit ?? 20;
    const r = await this.rank(this.dataSource.manager, orderId, query.occurrenceId, undefined, limit);
    const top = r.ranked.slice(0, limit);
    await this.audit.recordMany(
      top.map((c) => ({
        action: 'expert.read',
        subjectType: 'expert',
        subjectId: c.expertId,
        fieldGroup: 'experience_areas',
        purpose: 'matching',
      })),
    );
    let explanation: CandidateListDto['explanation'] = null;
    if (query.explain) explanation = await this.explain(r, query.explain);
    return {
      items: top.map((c, i) => {
        const p = r.profiles.get(c.expertId)!;
        const recent = r.loads.recent.get(c.expertId) ?? { hours: 0, tasks: 0 };
        return {
          expertId: c.expertId,
          expertName: `${p.firstName} ${p.lastName}`,
          firstName: p.firstName,
          lastName: p.lastName,
          municipalityName: p.municipalityName,
          tier: p.tierCode,
          languages: p.languages,
          rank: i + 1,
          score: c.score,
          terms: c.terms,
          recentHours: recent.hours,
          recentTasks: recent.tasks,
        };
      }),
      occurrenceIds: r.slots.map((s) => s.occurrenceId),
      eligibleCount: r.ranked.length,
      explanation,
    };
  }

  async explain(r: Ranking, expertId: string): Promise<CandidateListDto['explanation']> {
    const [p] = await this.registry.matchingProfiles({ expertIds: [expertId] });
    if (!p)
      throw matchingProblem(MatchingErrorCode.NotEligible, 'No such person in the registry.', 'explain');
    await this.audit.record({
      action: 'expert.read',
      subjectType: 'expert',
      subjectId: expertId,
      fieldGroup: 'experience_areas',
      purpose: 'matching',
    });
    // this person's own bookings and load (they may not be among those ranked)
    const own = await this.loads(
      this.dataSource.manager,
      r.slots.map((x) => x.slot),
      [expertId],
    );
    const candidate = candidateOf(p, own);
    const counts = new Map<Constraint, number>();
    for (const { slot } of r.slots)
      for (const c of failedConstraints(candidate, slot)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const rank = r.ranked.findIndex((c) => c.expertId === expertId);
    return {
      expertId,
      expertName: `${p.firstName} ${p.lastName}`,
      firstName: p.firstName,
      lastName: p.lastName,
      failed: [...counts].map(([constraint, occurrences]) => ({ constraint, occurrences })),
      alreadyInvolved: r.involved.has(expertId),
      rank: rank >= 0 ? rank + 1 : null,
    };
  }

  /** Ranks everyone who passes every hard constraint on every time considered. */
  async rank(
    manager: EntityManager,
    orderId: string,
    occurrenceId?: string,
    occurrenceIds?: string[],
    explained = Infinity,
  ): Promise<Ranking> {
    const view = await this.orders.matchingView(orderId, manager);
    const now = this.clock.now();
    let times = view.occurrences.filter((o) => o.status === OccurrenceStatus.Planned);
    if (occurrenceId || occurrenceIds) {
      const wanted = new Set(occurrenceIds ?? [occurrenceId!]);
      times = times.filter((o) => wanted.has(o.id));
      if (times.length !== wanted.size)
        throw matchingProblem(
          MatchingErrorCode.UnknownOccurrence,
          undefined,
          occurrenceId ? 'occurrenceId' : 'occurrenceIds',
        );
    } else {
      times = times.filter((o) => o.endsAt.getTime() > now.getTime());
    }
    const [settings, tiers, holding] = await Promise.all([
      this.settings.current(),
      this.catalog.tiers(),
      manager.query<
        Array<{ occurrence_id: string; expert_id: string; status: string; tier_code: string | null }>
      >(
        `SELECT a.occurrence_id, a.expert_id, a.status, e.tier_code FROM assignment a JOIN registry.experts e ON e.id = a.expert_id
          WHERE a.order_id = $1 AND a.status <> 'cancelled'`,
        [orderId],
      ),
    ]);
    const openOffers = await manager.query<Array<{ expert_id: string }>>(
      `SELECT expert_id FROM offer WHERE order_id = $1 AND status = 'open'`,
      [orderId],
    );
    const involved = new Set([
      ...holding.filter((h) => times.some((t) => t.id === h.occurrence_id)).map((h) => h.expert_id),
      ...openOffers.map((o) => o.expert_id),
    ]);
    const wishedTierRank = view.wishedTierCode
      ? (tiers.find((t) => t.code === view.wishedTierCode)?.rank ?? null)
      : null;
    const slots = times.map((t) => ({ occurrenceId: t.id, slot: slotOf(view, t, holding, wishedTierRank) }));
    const profilesList = !slots.length
      ? []
      : await this.registry.matchingProfiles({
          languageCode: view.languageCode,
          requiredAreas: view.requiredAreas,
          onDays: [...new Set(slots.map((s) => helsinkiDate(s.slot.startsAt)))],
          feasibleFor: {
            mode: view.mode,
            weekMinutes: slots.map((s) => weekMinutes(s.slot)),
            excludedExpertIds: view.excludedExpertIds,
            unitIds: view.unitIds,
            wishedTierRank,
            adultsOn: view.suitableForMinors
              ? null
              : slots.map((s) => helsinkiDate(s.slot.startsAt)).sort()[0],
          },
        });
    const profiles = new Map(profilesList.map((p) => [p.id, p]));
    const loads = await this.loads(
      manager,
      slots.map((s) => s.slot),
      profilesList.map((p) => p.id),
    );
    const weights = settings.weights as unknown as Weights;
    const candidates = profilesList.filter((p) => !involved.has(p.id)).map((p) => candidateOf(p, loads));
    let ranked: RankedCandidate[] = [];
    if (slots.length) {
      // the first time ranks (and checks again); the others only need to be passed
      const eligible =
        slots.length > 1 ? candidates.filter((c) => slots.every((s) => mayBeOffered(c, s.slot))) : candidates;
      ranked = rankCandidates(eligible, slots[0].slot, weights, explained);
    }
    return { view, slots, ranked, profiles, loads, involved, weights };
  }

  /** Bookings around the times, tasks per month of the times, and the last 90 days' load. */
  async loads(manager: EntityManager, slots: TaskSlot[], expertIds?: string[]): Promise<Loads> {
    const booked = new Map<string, Array<{ startsAt: Date; endsAt: Date }>>();
    const byMonth = new Map<string, Record<string, number>>();
    const recent = new Map<string, { hours: number; tasks: number }>();
    if (!slots.length)
      return { booked, byMonth, recent, agreementsDue: new Set(), recordChecks: new Map(), mentorships: new Map() };
    const first = new Date(Math.min(...slots.map((s) => s.startsAt.getTime())) - 86_400_000);
    const last = new Date(Math.max(...slots.map((s) => s.endsAt.getTime())) + 86_400_000);
    const months = [...new Set(slots.map((s) => monthKey(s.startsAt)))];
    const now = this.clock.now();
    // only the people being ranked (passed as one text parameter), or everyone for a batch
    const idParam = expertIds ? [expertIds.join(',')] : [];
    const only = (n: string) => (expertIds ? `AND expert_id = ANY(string_to_array(${n}, ',')::uuid[])` : '');
    const [b, m, r] = await Promise.all([
      manager.query<Array<{ expert_id: string; starts_at: Date; ends_at: Date }>>(
        `SELECT expert_id, starts_at, ends_at FROM assignment
          WHERE status IN ('accepted', 'confirmed') AND starts_at < $2 AND ends_at > $1 ${only('$3')}`,
        [first, last, ...idParam],
      ),
      manager.query<Array<{ expert_id: string; month: string; n: number }>>(
        `SELECT expert_id, to_char(starts_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month, count(*)::int AS n
           FROM assignment WHERE status IN ('accepted', 'confirmed', 'completed')
            AND to_char(starts_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') = ANY($1::text[])
            AND starts_at >= $2 AND starts_at < $3 ${only('$4')}
          GROUP BY 1, 2`,
        [
          months,
          new Date(first.getTime() - 31 * 86_400_000),
          new Date(last.getTime() + 31 * 86_400_000),
          ...idParam,
        ],
      ),
      manager.query<Array<{ expert_id: string; hours: number; tasks: number }>>(
        `SELECT expert_id, round(sum(extract(epoch FROM ends_at - starts_at)) / 3600.0, 1)::float AS hours, count(*)::int AS tasks
           FROM assignment WHERE status IN ('confirmed', 'completed') AND starts_at >= $1 AND starts_at < $2 ${only('$3')}
          GROUP BY 1`,
        [new Date(now.getTime() - 90 * 86_400_000), new Date(now.getTime() + 90 * 86_400_000), ...idParam],
      ),
    ]);
    for (const x of b) {
      const list = booked.get(x.expert_id) ?? [];
      list.push({ startsAt: new Date(x.starts_at), endsAt: new Date(x.ends_at) });
      booked.set(x.expert_id, list);
    }
    for (const x of m) byMonth.set(x.expert_id, { ...(byMonth.get(x.expert_id) ?? {}), [x.month]: x.n });
    for (const x of r) recent.set(x.expert_id, { hours: x.hours, tasks: x.tasks });
    const agreementsDue = await this.agreements.dueFor(manager, expertIds ?? null);
    const recordChecks = await this.recordChecks.latestFor(manager, expertIds ?? null);
    const mentorships = await this.mentorships.partnersOf(manager, expertIds ?? null);
    return { booked, byMonth, recent, agreementsDue, recordChecks, mentorships };
  }
}

export function candidateOf(p: MatchingProfile, loads: Loads): CandidateExpert {
  const recent = loads.recent.get(p.id) ?? { hours: 0, tasks: 0 };
  // spelled out (not spread): one object shape for every candidate keeps the ranking loop fast
  return {
    id: p.id,
    status: p.status,
    agreementInForce: p.agreementInForce,
    agreementsDue: loads.agreementsDue.has(p.id),
    recordCheckDate: loads.recordChecks.get(p.id) ?? null,
    languages: p.languages,
    kinds: p.kinds,
    tierRank: p.tierRank,
    tierCode: p.tierCode,
    mentorshipPartnerIds: loads.mentorships.get(p.id) ?? [],
    areas: p.areas,
    taskTypes: p.taskTypes,
    worksRemote: p.worksRemote,
    worksInPerson: p.worksInPerson,
    travelRadiusKm: p.travelRadiusKm,
    home: p.home,
    maxTasksPerMonth: p.maxTasksPerMonth,
    birthDate: p.birthDate,
    weekly: p.weekly,
    absences: p.absences,
    excludedUnitIds: p.excludedUnitIds,
    booked: loads.booked.get(p.id) ?? [],
    tasksByMonth: loads.byMonth.get(p.id) ?? {},
    recentHours: recent.hours,
    recentTasks: recent.tasks,
  };
}

/** One time of an order as the rules see it. */
export function slotOf(
  view: OrderMatchingView,
  t: { id: string; startsAt: Date; endsAt: Date },
  holding: Array<{ occurrence_id: string; expert_id: string; status: string; tier_code: string | null }>,
  wishedTierRank: number | null,
): TaskSlot {
  return {
    startsAt: t.startsAt,
    endsAt: t.endsAt,
    mode: view.mode,
    place: view.point,
    languageCode: view.languageCode,
    requiredAreas: view.requiredAreas,
    preferredAreas: view.preferredAreas,
    wishedTierRank,
    requiredKinds: [],
    unitIds: view.unitIds,
    excludedExpertIds: view.excludedExpertIds,
    wishedExpertId: view.wishedExpertId,
    suitableForMinors: view.suitableForMinors,
    worksWithMinors: view.worksWithMinors,
    taskTypeCode: view.taskTypeCode,
    pairRequired: view.pairRequired,
    continuityExpertIds: [
      ...new Set(
        holding.filter((h) => HOLDING.includes(h.status as AssignmentStatus)).map((h) => h.expert_id),
      ),
    ],
    partnerTierCodes: holding.filter((h) => h.occurrence_id === t.id && h.tier_code).map((h) => h.tier_code!),
    partnerExpertIds: holding
      .filter((h) => h.occurrence_id === t.id && HOLDING.includes(h.status as AssignmentStatus))
      .map((h) => h.expert_id),
  };
}
