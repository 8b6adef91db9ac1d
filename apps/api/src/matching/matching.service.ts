import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { CatalogService } from '../catalog/catalog.service';
import { addDays, helsinkiDate, helsinkiInstant } from '../common/business-days';
import { Clock } from '../common/clock';
import { staleVersion } from '../common/concurrency';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, pageOf } from '../common/pagination';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobsService } from '../jobs/jobs.service';
import { Delivery, NotificationsService } from '../notifications/notifications.service';
import { EventBus } from '../events/event-bus';
import { PayEstimates } from './pay-estimate';
import { answerDueAt, isLateCancellation, OccurrenceStatus, OrderStatus } from '../orders/orders.rules';
import { OrderMatchingView, OrdersService } from '../orders/orders.service';
import { MatchingProfile, RegistryService } from '../registry/registry.service';
import { UnitsService } from '../units/units.service';
import {
  AssignmentCommand,
  AssignmentStatus,
  assignmentStep,
  HOLDING,
  offerAnswer,
  OfferMode,
  OfferStatus,
  skipsHigherRanked,
  staffedCount,
} from './assignment.rules';
import { suggestBatch } from './batch.rules';
import {
  AssignmentDto,
  AssignmentPageDto,
  CandidateListDto,
  CandidatesQueryDto,
  CreateOffersDto,
  FairnessDto,
  FairnessQueryDto,
  ListAssignmentsQueryDto,
  ListOffersQueryDto,
  MatchingSettingsDto,
  OfferDto,
  OfferPageDto,
  PeriodQueryDto,
  SuggestionsDto,
  UpdateMatchingSettingsDto,
} from './dto/matching.dto';
import {
  AssignmentEntity,
  CalendarFeedEntity,
  FairnessLedgerEntity,
  MatchingSettingsEntity,
  OfferEntity,
} from './entities/matching.entities';
import { MatchingErrorCode, matchingProblem } from './matching.exception';
import {
  CandidateExpert,
  Constraint,
  DEFAULT_WEIGHTS,
  failedConstraints,
  gini,
  monthKey,
  mayBeOffered,
  rankCandidates,
  weekMinutes,
  RankedCandidate,
  TaskSlot,
  Weights,
} from './matching.rules';

const MATCHABLE: OrderStatus[] = [OrderStatus.InMatching, OrderStatus.PartlyStaffed, OrderStatus.Staffed];
const OPEN_FOR_OFFERS: OrderStatus[] = [OrderStatus.InMatching, OrderStatus.PartlyStaffed];

interface Loads {
  booked: Map<string, Array<{ startsAt: Date; endsAt: Date }>>;
  byMonth: Map<string, Record<string, number>>;
  recent: Map<string, { hours: number; tasks: number }>;
}

interface Ranking {
  view: OrderMatchingView;
  slots: Array<{ occurrenceId: string; slot: TaskSlot }>;
  ranked: RankedCandidate[];
  profiles: Map<string, MatchingProfile>;
  loads: Loads;
  involved: Set<string>;
  weights: Weights;
}

@Injectable()
export class MatchingService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orders: OrdersService,
    private readonly registry: RegistryService,
    private readonly units: UnitsService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly payEstimates: PayEstimates,
  ) {}

  onModuleInit(): void {
    this.notifications.registerPlanner('offer.created', (e, m) =>
      this.planToExpert('offer.new', e.payload, m),
    );
    this.notifications.registerPlanner('assignment.confirmed', (e, m) =>
      this.planToExpert('assignment.confirmed', e.payload, m),
    );
    this.notifications.registerPlanner('assignment.cancelled', (e, m) =>
      this.planToExpert('assignment.cancelled', e.payload, m),
    );
    this.notifications.registerPlanner('offer.answered', (e, m) => this.planToCoordinators(e.payload, m));
    // the orderer cancelled the order or some of its times: the experts' tasks on them are cancelled too
    this.bus.react('order.cancelled', (e, m) =>
      this.cancelForOrder(m, String(e.payload.orderId), String(e.payload.reason ?? '')),
    );
    this.jobs.register(
      'offers-expire',
      async () => {
        await this.expireOffers();
      },
      { cron: '*/15 * * * *' },
    );
  }

  // ------------------------------------------------------------------ settings

  async settings(): Promise<MatchingSettingsDto> {
    const s = await this.dataSource.getRepository(MatchingSettingsEntity).findOneOrFail({ where: { id: 1 } });
    return {
      weights: { ...DEFAULT_WEIGHTS, ...s.weights } as MatchingSettingsDto['weights'],
      offerAnswerBusinessDays: s.offerAnswerBusinessDays,
      version: s.version,
    };
  }

  async updateSettings(
    expectedVersion: number,
    dto: UpdateMatchingSettingsDto,
  ): Promise<MatchingSettingsDto> {
    await this.dataSource.transaction(async (manager) => {
      const s = await manager.findOneOrFail(MatchingSettingsEntity, {
        where: { id: 1 },
        lock: { mode: 'pessimistic_write' },
      });
      if (s.version !== expectedVersion) {
        throw staleVersion(s.version);
      }
      await manager.update(
        MatchingSettingsEntity,
        { id: 1 },
        {
          weights: (dto.weights ?? s.weights) as unknown as object,
          offerAnswerBusinessDays: dto.offerAnswerBusinessDays ?? s.offerAnswerBusinessDays,
          version: s.version + 1,
        },
      );
      await this.audit.record(
        { action: 'matching.settings.update', subjectType: 'matching_settings', subjectId: '1' },
        manager,
      );
    });
    return this.settings();
  }

  // ------------------------------------------------------------------ candidates

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

  private async explain(r: Ranking, expertId: string): Promise<CandidateListDto['explanation']> {
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
    const candidate = this.candidateOf(p, own);
    const counts = new Map<Constraint, number>();
    for (const { slot } of r.slots)
      for (const c of failedConstraints(candidate, slot)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const rank = r.ranked.findIndex((c) => c.expertId === expertId);
    return {
      expertId,
      firstName: p.firstName,
      lastName: p.lastName,
      failed: [...counts].map(([constraint, occurrences]) => ({ constraint, occurrences })),
      alreadyInvolved: r.involved.has(expertId),
      rank: rank >= 0 ? rank + 1 : null,
    };
  }

  /** Ranks everyone who passes every hard constraint on every time considered. */
  private async rank(
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
      this.settings(),
      this.catalog.tiers(),
      manager.query<
        Array<{ occurrence_id: string; expert_id: string; status: string; tier_code: string | null }>
      >(
        `SELECT a.occurrence_id, a.expert_id, a.status, e.tier_code FROM assignment a JOIN expert e ON e.id = a.expert_id
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
    const candidates = profilesList.filter((p) => !involved.has(p.id)).map((p) => this.candidateOf(p, loads));
    let ranked: RankedCandidate[] = [];
    if (slots.length) {
      // the first time ranks (and checks again); the others only need to be passed
      const eligible =
        slots.length > 1 ? candidates.filter((c) => slots.every((s) => mayBeOffered(c, s.slot))) : candidates;
      ranked = rankCandidates(eligible, slots[0].slot, weights, explained);
    }
    return { view, slots, ranked, profiles, loads, involved, weights };
  }

  private candidateOf(p: MatchingProfile, loads: Loads): CandidateExpert {
    const recent = loads.recent.get(p.id) ?? { hours: 0, tasks: 0 };
    // spelled out (not spread): one object shape for every candidate keeps the ranking loop fast
    return {
      id: p.id,
      status: p.status,
      agreementInForce: p.agreementInForce,
      languages: p.languages,
      kinds: p.kinds,
      tierRank: p.tierRank,
      tierCode: p.tierCode,
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

  /** Bookings around the times, tasks per month of the times, and the last 90 days' load. */
  private async loads(manager: EntityManager, slots: TaskSlot[], expertIds?: string[]): Promise<Loads> {
    const booked = new Map<string, Array<{ startsAt: Date; endsAt: Date }>>();
    const byMonth = new Map<string, Record<string, number>>();
    const recent = new Map<string, { hours: number; tasks: number }>();
    if (!slots.length) return { booked, byMonth, recent };
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
    return { booked, byMonth, recent };
  }

  // ------------------------------------------------------------------ offers

  async createOffers(user: UserPrincipal, orderId: string, dto: CreateOffersDto): Promise<OfferDto[]> {
    const ids = await this.dataSource.transaction(async (manager) => {
      await this.lockOrder(manager, orderId);
      const r = await this.rank(manager, orderId, undefined, dto.occurrenceIds, 0);
      if (!OPEN_FOR_OFFERS.includes(r.view.status)) {
        throw matchingProblem(
          MatchingErrorCode.OrderNotInMatching,
          r.view.status === OrderStatus.Submitted
            ? 'Take the order into matching first.'
            : `The order is ${r.view.status.replace('_', ' ')}.`,
        );
      }
      if (!r.slots.length)
        throw matchingProblem(
          MatchingErrorCode.UnknownOccurrence,
          'The order has no open times to offer.',
          'occurrenceIds',
        );
      const ranks = dto.expertIds.map((id) => {
        const i = r.ranked.findIndex((c) => c.expertId === id);
        return i >= 0 ? i + 1 : null;
      });
      for (const [i, id] of dto.expertIds.entries()) {
        if (r.involved.has(id))
          throw matchingProblem(MatchingErrorCode.AlreadyOffered, undefined, 'expertIds', { expertId: id });
        if (ranks[i] === null) {
          const why = await this.explain(r, id);
          throw matchingProblem(MatchingErrorCode.NotEligible, undefined, 'expertIds', {
            expertId: id,
            failed: why?.failed ?? [],
          });
        }
      }
      if (skipsHigherRanked(ranks)) {
        if (!dto.reason) {
          throw matchingProblem(
            MatchingErrorCode.ReasonRequired,
            `${dto.expertIds.length === 1 ? 'This person is' : 'These people are'} not the top of the list: say why.`,
            'reason',
            { topExpertId: r.ranked[0]?.expertId ?? null },
          );
        }
        await manager.insert(
          FairnessLedgerEntity,
          dto.expertIds.map((id, i) => ({
            orderId,
            offeredExpertId: id,
            topExpertId: r.ranked[0].expertId,
            offeredRank: ranks[i],
            reason: dto.reason!,
            createdBy: user.userId,
          })),
        );
      }
      const mode = dto.mode ?? (dto.expertIds.length === 1 ? OfferMode.Single : OfferMode.FirstToAccept);
      const now = this.clock.now();
      const settings = await this.settings();
      const firstStart = Math.min(...r.slots.map((s) => s.slot.startsAt.getTime()));
      const due = new Date(
        Math.min(answerDueAt(now, settings.offerAnswerBusinessDays).getTime(), firstStart - 3_600_000),
      );
      const groupId = (await manager.query<Array<{ id: string }>>('SELECT gen_random_uuid() AS id'))[0].id;
      const inserted: string[] = [];
      for (const [i, expertId] of dto.expertIds.entries()) {
        const saved = await manager.save(
          manager.create(OfferEntity, {
            orderId,
            expertId,
            groupId,
            mode,
            status: OfferStatus.Open,
            occurrenceIds: r.slots.map((s) => s.occurrenceId),
            rank: ranks[i],
            score: String(r.ranked[ranks[i]! - 1].score),
            answerDueAt: due,
            createdBy: user.userId,
          }),
        );
        inserted.push(saved.id);
        await this.bus.publish(manager, {
          type: 'offer.created',
          aggregateType: 'offer',
          aggregateId: saved.id,
          payload: { offerId: saved.id, expertId },
        });
      }
      await this.audit.record({ action: 'offer.create', subjectType: 'order', subjectId: orderId }, manager);
      return inserted;
    });
    return Promise.all(ids.map((id) => this.offerDto(this.dataSource.manager, id)));
  }

  async listOffers(user: UserPrincipal, query: ListOffersQueryDto): Promise<OfferPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const params: unknown[] = [];
    const where: string[] = [];
    if (user.roles.includes(Role.Coordinator)) {
      if (query.orderId) {
        params.push(query.orderId);
        where.push(`f.order_id = $${params.length}`);
      }
    } else {
      params.push(await this.registry.ownExpertId(user));
      where.push(`f.expert_id = $${params.length}`);
    }
    if (query.status?.length) {
      params.push(query.status);
      where.push(`f.status = ANY($${params.length}::text[])`);
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(f.created_at, f.id) < ($${params.length - 1}, $${params.length})`);
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<Array<{ id: string; created_at: Date }>>(
      `SELECT f.id, f.created_at FROM offer f ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY f.created_at DESC, f.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(
      rows,
      limit,
      (r) => r.id,
      (r) => [new Date(r.created_at).toISOString(), r.id],
    );
    return {
      items: await Promise.all(page.items.map((id) => this.offerDto(this.dataSource.manager, id))),
      nextCursor: page.nextCursor,
    };
  }

  async getOffer(user: UserPrincipal, id: string): Promise<OfferDto> {
    const offer = await this.dataSource.getRepository(OfferEntity).findOne({ where: { id } });
    if (!offer || !(await this.mayAnswer(user, offer)))
      throw matchingProblem(MatchingErrorCode.OfferNotFound);
    return this.offerDto(this.dataSource.manager, id);
  }

  /** The expert accepts: a place on each offered time still open (confirmed at once unless the coordinator picks). */
  async acceptOffer(user: UserPrincipal, id: string): Promise<OfferDto> {
    await this.inTransaction(async (manager) => {
      // the order first (as every staffing change does): two people accepting at once take turns
      const peek = await manager.findOne(OfferEntity, { where: { id }, select: { id: true, orderId: true } });
      if (peek) await this.lockOrder(manager, peek.orderId);
      const offer = await this.lockOffer(manager, user, id);
      const now = this.clock.now();
      const step = offerAnswer(offer.status, 'accept', now, offer.answerDueAt);
      if (!step.ok) throw matchingProblem(MatchingErrorCode.OfferClosed, step.reason);
      const view = await this.orders.matchingView(offer.orderId, manager);
      const counts = await this.holdingCounts(manager, offer.orderId);
      const open = view.occurrences.filter(
        (o) =>
          offer.occurrenceIds.includes(o.id) &&
          o.status === OccurrenceStatus.Planned &&
          (counts.get(o.id) ?? 0) < view.expertCount,
      );
      if (!open.length) {
        await manager.update(OfferEntity, { id }, { status: OfferStatus.Withdrawn });
        throw matchingProblem(
          MatchingErrorCode.PlacesFilled,
          'Thank you — someone else took these times already.',
        );
      }
      const confirmNow = offer.mode !== OfferMode.CoordinatorPicks;
      await manager.update(OfferEntity, { id }, { status: OfferStatus.Accepted, answeredAt: now });
      await this.insertAssignments(
        manager,
        open.map((o) => ({
          orderId: offer.orderId,
          occurrenceId: o.id,
          expertId: offer.expertId,
          offerId: offer.id,
          status: confirmNow ? AssignmentStatus.Confirmed : AssignmentStatus.Accepted,
          startsAt: o.startsAt,
          endsAt: o.endsAt,
          confirmedAt: confirmNow ? now : null,
        })),
      );
      await this.bus.publish(manager, {
        type: 'offer.answered',
        aggregateType: 'offer',
        aggregateId: id,
        payload: { offerId: id, answer: 'accepted', orderId: offer.orderId, expertId: offer.expertId },
      });
      if (confirmNow) {
        await this.bus.publish(manager, {
          type: 'assignment.confirmed',
          aggregateType: 'offer',
          aggregateId: id,
          payload: { offerId: id, expertId: offer.expertId, orderId: offer.orderId },
        });
        await this.withdrawFilled(manager, offer.orderId, view.expertCount);
      }
      await this.syncStaffing(manager, offer.orderId, user);
      await this.audit.record({ action: 'offer.accept', subjectType: 'offer', subjectId: id }, manager);
    });
    return this.offerDto(this.dataSource.manager, id);
  }

  async declineOffer(user: UserPrincipal, id: string, reason?: string): Promise<OfferDto> {
    await this.dataSource.transaction(async (manager) => {
      const offer = await this.lockOffer(manager, user, id);
      const step = offerAnswer(offer.status, 'decline', this.clock.now(), offer.answerDueAt);
      if (!step.ok) throw matchingProblem(MatchingErrorCode.OfferClosed, step.reason);
      await manager.update(
        OfferEntity,
        { id },
        { status: OfferStatus.Declined, answeredAt: this.clock.now(), declineReason: reason || null },
      );
      await this.bus.publish(manager, {
        type: 'offer.answered',
        aggregateType: 'offer',
        aggregateId: id,
        payload: { offerId: id, answer: 'declined', orderId: offer.orderId, expertId: offer.expertId },
      });
      await this.audit.record({ action: 'offer.decline', subjectType: 'offer', subjectId: id }, manager);
    });
    return this.offerDto(this.dataSource.manager, id);
  }

  /** Closes offers whose answer time has passed; the coordinator is told so the next one can be offered. */
  async expireOffers(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      // a bare UPDATE … RETURNING answers [rows, count] through TypeORM: read the rows through a SELECT
      const rows = await manager.query<Array<{ id: string; order_id: string; expert_id: string }>>(
        `WITH expired AS (
           UPDATE offer SET status = 'expired' WHERE id IN (
             SELECT id FROM offer WHERE status = 'open' AND answer_due_at < $1 ORDER BY answer_due_at LIMIT 500 FOR UPDATE SKIP LOCKED)
           RETURNING id, order_id, expert_id)
         SELECT id, order_id, expert_id FROM expired`,
        [now],
      );
      for (const r of rows) {
        await this.bus.publish(manager, {
          type: 'offer.answered',
          aggregateType: 'offer',
          aggregateId: r.id,
          payload: { offerId: r.id, answer: 'expired', orderId: r.order_id, expertId: r.expert_id },
        });
      }
      return rows.length;
    });
  }

  // ------------------------------------------------------------------ assignments

  async listAssignments(user: UserPrincipal, query: ListAssignmentsQueryDto): Promise<AssignmentPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const params: unknown[] = [];
    const where: string[] = [];
    if (
      user.roles.includes(Role.Coordinator) ||
      user.roles.includes(Role.Admin) ||
      user.roles.includes(Role.Reporter)
    ) {
      // everything
    } else if (
      user.roles.includes(Role.Expert) &&
      !user.roles.includes(Role.Orderer) &&
      !user.roles.includes(Role.Approver)
    ) {
      params.push(await this.registry.ownExpertId(user));
      where.push(`a.expert_id = $${params.length}`);
    } else {
      params.push((await this.units.scopeUnitIds(user)) ?? []);
      where.push(`o.unit_id = ANY($${params.length}::uuid[])`);
    }
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.orderId) add('a.order_id = ?', query.orderId);
    if (query.expertId) add('a.expert_id = ?', query.expertId);
    if (query.status?.length) add('a.status = ANY(?::text[])', query.status);
    if (query.from) add('a.starts_at >= ?', helsinkiInstant(query.from));
    if (query.to) add('a.starts_at < ?', helsinkiInstant(addDays(query.to, 1)));
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(a.starts_at, a.id) > ($${params.length - 1}, $${params.length})`);
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query<AssignmentRow[]>(
      `${ASSIGNMENT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.starts_at, a.id LIMIT $${params.length}`,
      params,
    );
    return pageOf(rows, limit, mapAssignment, (r) => [new Date(r.starts_at).toISOString(), r.id]);
  }

  async changeAssignment(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    command: AssignmentCommand,
    reason?: string,
  ): Promise<AssignmentDto> {
    await this.inTransaction(async (manager) => {
      const peek = await manager.findOne(AssignmentEntity, {
        where: { id },
        select: { id: true, orderId: true },
      });
      if (peek) await this.lockOrder(manager, peek.orderId);
      const a = await manager.findOne(AssignmentEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!a || !(await this.mayChangeAssignment(manager, user, a, command)))
        throw matchingProblem(MatchingErrorCode.AssignmentNotFound);
      if (a.version !== expectedVersion) {
        throw staleVersion(a.version);
      }
      const now = this.clock.now();
      const step = assignmentStep(a.status, command, now, a.startsAt);
      if (!step.ok)
        throw matchingProblem(MatchingErrorCode.Transition, step.reason, undefined, {
          currentStatus: a.status,
        });
      if (command === 'confirm') {
        const [{ n }] = await manager.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM assignment WHERE occurrence_id = $1 AND status IN ('confirmed', 'completed')`,
          [a.occurrenceId],
        );
        const view = await this.orders.matchingView(a.orderId, manager);
        if (n >= view.expertCount)
          throw matchingProblem(
            MatchingErrorCode.PlacesFilled,
            'This time already has the experts it needs.',
          );
      }
      const changes: Partial<AssignmentEntity> = { status: step.to, version: a.version + 1 };
      if (command === 'confirm') changes.confirmedAt = now;
      if (command === 'complete' || command === 'no_show') changes.completedAt = now;
      if (command === 'cancel') {
        changes.cancelledAt = now;
        changes.cancelReason = reason ?? null;
        changes.lateCancellation = isLateCancellation(
          now,
          a.startsAt,
          this.config.ORDER_LATE_CANCEL_BUSINESS_DAYS,
        );
      }
      await this.guard(() => manager.update(AssignmentEntity, { id, version: expectedVersion }, changes));
      const cancelledBy = user.roles.includes(Role.Coordinator) ? 'coordinator' : 'expert';
      const payload = {
        assignmentId: id,
        expertId: a.expertId,
        orderId: a.orderId,
        reason: reason ?? null,
        cancelledBy,
      };
      if (command === 'confirm') {
        await this.bus.publish(manager, {
          type: 'assignment.confirmed',
          aggregateType: 'assignment',
          aggregateId: id,
          payload,
        });
        const view = await this.orders.matchingView(a.orderId, manager);
        await this.withdrawFilled(manager, a.orderId, view.expertCount);
      }
      if (command === 'cancel')
        await this.bus.publish(manager, {
          type: 'assignment.cancelled',
          aggregateType: 'assignment',
          aggregateId: id,
          payload,
        });
      if (command === 'complete') {
        // the fees module starts the fee claim from this event
        await this.bus.publish(manager, {
          type: 'assignment.completed',
          aggregateType: 'assignment',
          aggregateId: id,
          payload,
        });
      }
      await this.syncStaffing(manager, a.orderId, user);
      await this.audit.record(
        { action: `assignment.${command}`, subjectType: 'assignment', subjectId: id },
        manager,
      );
    });
    const [row] = await this.dataSource.query<AssignmentRow[]>(`${ASSIGNMENT_SELECT} WHERE a.id = $1`, [id]);
    return mapAssignment(row);
  }

  /**
   * Cancels the live tasks on the order's cancelled times (inside the delivery of the order's event), late
   * as the time's cancellation was, and withdraws open offers of times no longer live.
   */
  private async cancelForOrder(manager: EntityManager, orderId: string, reason: string): Promise<void> {
    await this.lockOrder(manager, orderId);
    const rows = await manager.query<
      Array<{ id: string; expert_id: string; cancelled_at: Date; late: boolean }>
    >(
      `SELECT a.id, a.expert_id, oc.cancelled_at, oc.late_cancellation AS late
         FROM assignment a JOIN order_occurrence oc ON oc.id = a.occurrence_id
        WHERE a.order_id = $1 AND oc.status = 'cancelled' AND a.status IN ('accepted', 'confirmed')
        FOR UPDATE OF a`,
      [orderId],
    );
    for (const r of rows) {
      await manager.query(
        `UPDATE assignment SET status = 'cancelled', cancelled_at = $2, cancel_reason = $3, late_cancellation = $4, version = version + 1,
                updated_at = now() WHERE id = $1`,
        [r.id, r.cancelled_at, reason || null, r.late],
      );
      await this.bus.publish(manager, {
        type: 'assignment.cancelled',
        aggregateType: 'assignment',
        aggregateId: r.id,
        payload: {
          assignmentId: r.id,
          expertId: r.expert_id,
          orderId,
          reason: reason || null,
          cancelledBy: 'orderer',
        },
      });
    }
    await manager.query(
      `UPDATE offer SET status = 'withdrawn' WHERE order_id = $1 AND status = 'open'
          AND NOT EXISTS (SELECT 1 FROM order_occurrence oc WHERE oc.id = ANY(offer.occurrence_ids) AND oc.status = 'planned')`,
      [orderId],
    );
  }

  // ------------------------------------------------------------------ fairness and batch

  async fairness(query: FairnessQueryDto): Promise<FairnessDto> {
    const from = helsinkiInstant(query.from);
    const to = helsinkiInstant(addDays(query.to, 1));
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        name: string;
        municipality_code: string | null;
        hours: number;
        tasks: number;
        areas: string[];
      }>
    >(
      `SELECT e.id, e.first_name || ' ' || e.last_name AS name, e.municipality_code,
              COALESCE(l.hours, 0)::float AS hours, COALESCE(l.tasks, 0)::int AS tasks,
              COALESCE((SELECT array_agg(area_code) FROM expert_experience_area x WHERE x.expert_id = e.id), '{}') AS areas
         FROM expert e
         LEFT JOIN (SELECT expert_id, sum(extract(epoch FROM ends_at - starts_at)) / 3600.0 AS hours, count(*) AS tasks
                      FROM assignment WHERE status IN ('confirmed', 'completed') AND starts_at >= $1 AND starts_at < $2
                     GROUP BY expert_id) l ON l.expert_id = e.id
        WHERE e.status = 'active' AND e.merged_into IS NULL`,
      [from, to],
    );
    await this.audit.record({
      action: 'matching.fairness.read',
      subjectType: 'expert',
      subjectId: 'all',
      fieldGroup: 'experience_areas',
      purpose: 'fairness figures',
    });
    const group = (key: (r: (typeof rows)[number]) => string[]) => {
      const groups = new Map<string, number[]>();
      for (const r of rows) for (const k of key(r)) groups.set(k, [...(groups.get(k) ?? []), r.hours]);
      return [...groups]
        .map(([code, hours]) => ({
          code,
          experts: hours.length,
          hours: Math.round(hours.reduce((s, h) => s + h, 0) * 10) / 10,
          gini: gini(hours),
        }))
        .sort((a, b) => b.hours - a.hours || a.code.localeCompare(b.code));
    };
    const sorted = [...rows].sort((a, b) => b.hours - a.hours || (a.id < b.id ? -1 : 1));
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const start = after
      ? sorted.findIndex(
          (r) => r.hours < Number(after[0]) || (r.hours === Number(after[0]) && r.id > String(after[1])),
        )
      : 0;
    const pageRows = start < 0 ? [] : sorted.slice(start, start + limit + 1);
    const hasMore = pageRows.length > limit;
    const shown = pageRows.slice(0, limit);
    return {
      from: query.from,
      to: query.to,
      activeExperts: rows.length,
      giniHours: gini(rows.map((r) => r.hours)),
      giniTasks: gini(rows.map((r) => r.tasks)),
      byMunicipality: group((r) => (r.municipality_code ? [r.municipality_code] : [])),
      byArea: group((r) => r.areas),
      experts: shown.map((r) => ({
        expertId: r.id,
        name: r.name,
        municipalityCode: r.municipality_code,
        hours: Math.round(r.hours * 10) / 10,
        tasks: r.tasks,
      })),
      nextCursor: hasMore ? encodeCursor([shown[shown.length - 1].hours, shown[shown.length - 1].id]) : null,
    };
  }

  /** Proposes assignments for every open time in the period (not stored: the coordinator sends them as offers). */
  async suggestions(query: PeriodQueryDto): Promise<SuggestionsDto> {
    const from = helsinkiInstant(query.from);
    const to = helsinkiInstant(addDays(query.to, 1));
    const manager = this.dataSource.manager;
    const orders = await manager.query<Array<{ id: string }>>(
      `SELECT DISTINCT o.id FROM task_order o JOIN order_occurrence oc ON oc.order_id = o.id
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
      this.loads(
        manager,
        allTimes.map((o) => ({ startsAt: o.startsAt, endsAt: o.endsAt }) as TaskSlot),
      ),
      this.settings(),
      this.catalog.tiers(),
    ]);
    const byId = new Map(profiles.map((p) => [p.id, p]));
    // every person's candidate record once, and an index by experience area to start each time's pool from
    const everyone = profiles.map((p) => this.candidateOf(p, loads));
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
        `SELECT a.order_id, a.occurrence_id, a.expert_id, a.status, e.tier_code FROM assignment a JOIN expert e ON e.id = a.expert_id
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
    const meta = new Map<string, { orderId: string; number: string; title: string; startsAt: Date }>();
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
        const m = meta.get(a.slotId)!;
        const p = byId.get(a.expertId);
        return {
          orderId: m.orderId,
          orderNumber: m.number,
          title: m.title,
          occurrenceId: a.slotId,
          startsAt: m.startsAt.toISOString(),
          expertId: a.expertId,
          expertName: p ? `${p.firstName} ${p.lastName}` : '',
          score: a.score,
        };
      }),
      unfilled: result.unfilled.map((u) => {
        const m = meta.get(u.slotId)!;
        return {
          orderId: m.orderId,
          orderNumber: m.number,
          title: m.title,
          startsAt: m.startsAt.toISOString(),
          occurrenceId: u.slotId,
          missing: u.missing,
        };
      }),
      totalScore: result.totalScore,
      slots: slots.length,
    };
  }

  // ------------------------------------------------------------------ calendar

  async newCalendarFeed(user: UserPrincipal): Promise<string> {
    const expertId = await this.registry.ownExpertId(user);
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO calendar_feed (expert_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (expert_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [expertId, sha256(token)],
    );
    await this.audit.record({ action: 'calendar_feed.create', subjectType: 'expert', subjectId: expertId });
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/v1/calendar/${token}.ics`;
  }

  async calendar(token: string): Promise<string> {
    const feed = await this.dataSource
      .getRepository(CalendarFeedEntity)
      .findOne({ where: { tokenHash: sha256(token) } });
    if (!feed) throw matchingProblem(MatchingErrorCode.CalendarNotFound);
    const rows = await this.dataSource.query<AssignmentRow[]>(
      `${ASSIGNMENT_SELECT} WHERE a.expert_id = $1 AND a.status IN ('confirmed', 'completed') AND a.starts_at > $2::timestamptz - interval '60 days'
        ORDER BY a.starts_at LIMIT 1000`,
      [feed.expertId, this.clock.now()],
    );
    return toIcs(rows, this.config.PUBLIC_URL);
  }

  // ------------------------------------------------------------------ helpers

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.guard(() => this.dataSource.transaction(work));
  }

  /** The overlap exclusion constraint answers 409, never 500. */
  private async guard<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      if (err instanceof QueryFailedError && (err as QueryFailedError & { code?: string }).code === '23P01') {
        throw matchingProblem(
          MatchingErrorCode.Overlap,
          'The expert already has a confirmed task at an overlapping time.',
        );
      }
      throw err;
    }
  }

  private async insertAssignments(
    manager: EntityManager,
    rows: Array<Partial<AssignmentEntity>>,
  ): Promise<void> {
    await this.guard(() => manager.insert(AssignmentEntity, rows));
  }

  private async holdingCounts(manager: EntityManager, orderId: string): Promise<Map<string, number>> {
    const rows = await manager.query<Array<{ occurrence_id: string; n: number }>>(
      `SELECT occurrence_id, count(*)::int AS n FROM assignment WHERE order_id = $1 AND status IN ('confirmed', 'completed') GROUP BY 1`,
      [orderId],
    );
    return new Map(rows.map((r) => [r.occurrence_id, r.n]));
  }

  /** When every offered time of a group is full, the group's other open offers are withdrawn. */
  private async withdrawFilled(manager: EntityManager, orderId: string, need: number): Promise<void> {
    const counts = await this.holdingCounts(manager, orderId);
    const open = await manager.find(OfferEntity, { where: { orderId, status: OfferStatus.Open } });
    const full = open.filter((o) => o.occurrenceIds.every((occ) => (counts.get(occ) ?? 0) >= need));
    if (full.length)
      await manager.update(
        OfferEntity,
        full.map((o) => o.id),
        { status: OfferStatus.Withdrawn },
      );
    // "coordinator picks": those who accepted a time now full are released (and told)
    const released = await manager.query<Array<{ id: string; expert_id: string }>>(
      `SELECT a.id, a.expert_id FROM assignment a WHERE a.order_id = $1 AND a.status = 'accepted'
          AND (SELECT count(*) FROM assignment c WHERE c.occurrence_id = a.occurrence_id AND c.status IN ('confirmed', 'completed')) >= $2
        FOR UPDATE OF a`,
      [orderId, need],
    );
    for (const r of released) {
      await manager.query(
        `UPDATE assignment SET status = 'cancelled', cancelled_at = now(), cancel_reason = $2, late_cancellation = false,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [r.id, 'Paikka täyttyi – koordinaattori valitsi toisen'],
      );
      await this.bus.publish(manager, {
        type: 'assignment.cancelled',
        aggregateType: 'assignment',
        aggregateId: r.id,
        payload: {
          assignmentId: r.id,
          expertId: r.expert_id,
          orderId,
          reason: 'places filled',
          cancelledBy: 'coordinator',
        },
      });
    }
  }

  /** Tells the order how staffed it is (the fewest confirmed on any live time). */
  private async syncStaffing(manager: EntityManager, orderId: string, user: UserPrincipal): Promise<void> {
    const view = await this.orders.matchingView(orderId, manager);
    if (!MATCHABLE.includes(view.status)) return;
    const counts = await this.holdingCounts(manager, orderId);
    const live = view.occurrences.filter((o) => o.status !== OccurrenceStatus.Cancelled);
    await this.orders.recordStaffing(
      manager,
      orderId,
      staffedCount(live.map((o) => counts.get(o.id) ?? 0)),
      user,
    );
  }

  /** Staffing changes of one order go one at a time: the order row is locked first, always. */
  private async lockOrder(manager: EntityManager, orderId: string): Promise<void> {
    await manager.query('SELECT id FROM task_order WHERE id = $1 FOR UPDATE', [orderId]);
  }

  private async lockOffer(manager: EntityManager, user: UserPrincipal, id: string): Promise<OfferEntity> {
    const offer = await manager.findOne(OfferEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!offer || !(await this.mayAnswer(user, offer)))
      throw matchingProblem(MatchingErrorCode.OfferNotFound);
    return offer;
  }

  /** Only the expert answers their own offer (a coordinator may read it). */
  private async mayAnswer(user: UserPrincipal, offer: OfferEntity): Promise<boolean> {
    if (user.roles.includes(Role.Expert)) {
      const own = await this.registry.ownExpertId(user).catch(() => null);
      if (own === offer.expertId) return true;
    }
    return false;
  }

  private async mayChangeAssignment(
    manager: EntityManager,
    user: UserPrincipal,
    a: AssignmentEntity,
    command: AssignmentCommand,
  ): Promise<boolean> {
    if (user.roles.includes(Role.Coordinator)) return true;
    if (command === 'cancel' && user.roles.includes(Role.Expert)) {
      return (await this.registry.ownExpertId(user).catch(() => null)) === a.expertId;
    }
    if ((command === 'complete' || command === 'no_show') && user.roles.includes(Role.Orderer)) {
      const scope = await this.units.scopeUnitIds(user);
      const [o] = await manager.query<Array<{ unit_id: string }>>(
        'SELECT unit_id FROM task_order WHERE id = $1',
        [a.orderId],
      );
      return !!o && (!scope || scope.includes(o.unit_id));
    }
    return false;
  }

  private async offerDto(manager: EntityManager, id: string): Promise<OfferDto> {
    const [r] = await manager.query<Array<Record<string, unknown>>>(
      `SELECT f.*, o.number, o.title, o.product_code, o.place, o.municipality_code, o.description, o.preparation_needs,
              u.name AS unit_name, p.preparation_minutes, p.fee_basis, e.first_name || ' ' || e.last_name AS expert_name,
              (SELECT json_agg(json_build_object('occurrenceId', oc.id, 'startsAt', oc.starts_at, 'endsAt', oc.ends_at, 'place', oc.place) ORDER BY oc.starts_at)
                 FROM order_occurrence oc WHERE oc.id = ANY(f.occurrence_ids)) AS times
         FROM offer f JOIN task_order o ON o.id = f.order_id JOIN org_unit u ON u.id = o.unit_id
         JOIN product p ON p.code = o.product_code JOIN expert e ON e.id = f.expert_id
        WHERE f.id = $1`,
      [id],
    );
    const times =
      (r.times as Array<{ occurrenceId: string; startsAt: string; endsAt: string; place: string | null }>) ??
      [];
    const estimate = await this.payEstimates.estimate(
      manager,
      r.expert_id as string,
      r.product_code as string,
      times.map((t) => ({ startsAt: new Date(t.startsAt), endsAt: new Date(t.endsAt) })),
    );
    return {
      id: r.id as string,
      orderId: r.order_id as string,
      orderNumber: r.number as string,
      title: r.title as string,
      productCode: r.product_code as string,
      unitName: r.unit_name as string,
      place: (r.place as string | null) ?? null,
      municipalityCode: (r.municipality_code as string | null) ?? null,
      mode: r.mode as string,
      description: (r.description as string | null) ?? null,
      preparationNeeds: (r.preparation_needs as string | null) ?? null,
      preparationMinutes: r.preparation_minutes as number,
      feeBasis: r.fee_basis as string,
      times: times.map((t) => ({
        ...t,
        startsAt: new Date(t.startsAt).toISOString(),
        endsAt: new Date(t.endsAt).toISOString(),
      })),
      expertId: r.expert_id as string,
      expertName: r.expert_name as string,
      offerMode: r.mode as OfferMode,
      status: r.status as OfferStatus,
      rank: (r.rank as number | null) ?? null,
      answerDueAt: new Date(r.answer_due_at as string).toISOString(),
      answeredAt: r.answered_at ? new Date(r.answered_at as string).toISOString() : null,
      declineReason: (r.decline_reason as string | null) ?? null,
      createdAt: new Date(r.created_at as string).toISOString(),
      estimatedFeeCents: estimate.feeCents,
      ceiling: estimate.ceiling,
    };
  }

  // ------------------------------------------------------------------ notification planners

  private async planToExpert(
    template: 'offer.new' | 'assignment.confirmed' | 'assignment.cancelled',
    payload: Record<string, unknown>,
    manager: EntityManager,
  ): Promise<Delivery[]> {
    const [row] = await manager.query<Array<{ user_id: string | null; number: string; title: string }>>(
      `SELECT e.user_id, o.number, o.title FROM expert e, task_order o WHERE e.id = $1 AND o.id = $2`,
      [payload.expertId, payload.orderId ?? (await this.orderOfOffer(manager, String(payload.offerId)))],
    );
    if (!row?.user_id) return [];
    const link = template === 'offer.new' ? `/my/offers/${String(payload.offerId)}` : '/my/tasks';
    return [{ userId: row.user_id, template, params: { number: row.number, title: row.title, link } }];
  }

  private async orderOfOffer(manager: EntityManager, offerId: string): Promise<string | null> {
    const [r] = await manager.query<Array<{ order_id: string }>>('SELECT order_id FROM offer WHERE id = $1', [
      offerId,
    ]);
    return r?.order_id ?? null;
  }

  private async planToCoordinators(
    payload: Record<string, unknown>,
    manager: EntityManager,
  ): Promise<Delivery[]> {
    const [row] = await manager.query<Array<{ number: string; title: string; name: string }>>(
      `SELECT o.number, o.title, e.first_name || ' ' || e.last_name AS name FROM task_order o, expert e WHERE o.id = $1 AND e.id = $2`,
      [payload.orderId, payload.expertId],
    );
    if (!row) return [];
    const coordinators = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM user_account WHERE active AND 'coordinator' = ANY(roles)`,
    );
    return coordinators.map((c) => ({
      userId: c.id,
      template: 'offer.answered' as const,
      params: {
        number: row.number,
        title: row.title,
        link: `/orders/${String(payload.orderId)}`,
        expertName: row.name,
        answer: String(payload.answer),
      },
    }));
  }
}

/** One time of an order as the rules see it. */
function slotOf(
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
    taskTypeCode: view.taskTypeCode,
    pairRequired: view.pairRequired,
    continuityExpertIds: [
      ...new Set(
        holding.filter((h) => HOLDING.includes(h.status as AssignmentStatus)).map((h) => h.expert_id),
      ),
    ],
    partnerTierCodes: holding.filter((h) => h.occurrence_id === t.id && h.tier_code).map((h) => h.tier_code!),
  };
}

interface AssignmentRow {
  id: string;
  order_id: string;
  number: string;
  title: string;
  occurrence_id: string;
  expert_id: string;
  expert_name: string;
  status: AssignmentStatus;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  unit_name: string;
  confirmed_at: Date | null;
  completed_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  late_cancellation: boolean;
  version: number;
}

const ASSIGNMENT_SELECT = `SELECT a.id, a.order_id, o.number, o.title, a.occurrence_id, a.expert_id,
    e.first_name || ' ' || e.last_name AS expert_name, a.status, a.starts_at, a.ends_at, COALESCE(oc.place, o.place) AS place,
    u.name AS unit_name, a.confirmed_at, a.completed_at, a.cancelled_at, a.cancel_reason, a.late_cancellation, a.version
  FROM assignment a JOIN task_order o ON o.id = a.order_id JOIN order_occurrence oc ON oc.id = a.occurrence_id
  JOIN org_unit u ON u.id = o.unit_id JOIN expert e ON e.id = a.expert_id`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function mapAssignment(r: AssignmentRow): AssignmentDto {
  return {
    id: r.id,
    orderId: r.order_id,
    orderNumber: r.number,
    title: r.title,
    occurrenceId: r.occurrence_id,
    expertId: r.expert_id,
    expertName: r.expert_name,
    status: r.status,
    startsAt: new Date(r.starts_at).toISOString(),
    endsAt: new Date(r.ends_at).toISOString(),
    place: r.place,
    unitName: r.unit_name,
    confirmedAt: iso(r.confirmed_at),
    completedAt: iso(r.completed_at),
    cancelledAt: iso(r.cancelled_at),
    cancelReason: r.cancel_reason,
    lateCancellation: r.late_cancellation,
    version: r.version,
  };
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** RFC 5545 text: escape, and fold lines at 75 octets. */
function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function icsTime(d: Date): string {
  return new Date(d)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function fold(line: string): string {
  const out: string[] = [];
  let rest = Buffer.from(line, 'utf8');
  while (rest.length > 75) {
    let cut = 75;
    while (cut > 0 && (rest[cut] & 0xc0) === 0x80) cut--; // never split a UTF-8 character
    out.push(rest.subarray(0, cut).toString('utf8'));
    rest = Buffer.concat([Buffer.from(' '), rest.subarray(cut)]);
  }
  out.push(rest.toString('utf8'));
  return out.join('\r\n');
}

export function toIcs(rows: AssignmentRow[], publicUrl: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kokemus//Tehtävät//FI',
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Kokemus',
  ];
  const stamp = icsTime(new Date());
  for (const r of rows) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.id}@kokemus`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsTime(r.starts_at)}`,
      `DTEND:${icsTime(r.ends_at)}`,
      `SUMMARY:${icsText(`${r.title} (${r.number})`)}`,
      ...(r.place ? [`LOCATION:${icsText(r.place)}`] : []),
      `DESCRIPTION:${icsText(`${r.unit_name}\n${publicUrl.replace(/\/$/, '')}/my/tasks`)}`,
      `STATUS:${r.status === AssignmentStatus.Cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
