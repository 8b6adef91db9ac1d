import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { Clock } from '../common/clock';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { EventBus } from '../events/event-bus';
import { answerDueAt, OccurrenceStatus, OrderStatus } from '../orders/orders.rules';
import { OrdersService } from '../orders/orders.service';
import { RegistryService } from '../registry/registry.service';
import {
  AssignmentStatus,
  offerAnswer,
  offerAnswerDue,
  OfferMode,
  OfferStatus,
  skipsHigherRanked,
} from './assignment.rules';
import { CandidatesService } from './candidates.service';
import {
  CreateOffersDto,
  ListOffersQueryDto,
  mapOffer,
  OfferDto,
  OfferPageDto,
  OfferRowTime,
} from './dto/matching.dto';
import { FairnessLedgerEntity, OfferEntity } from './entities/matching.entities';
import { MatchingErrorCode, matchingProblem } from './matching.exception';
import { MatchingSettingsService } from './matching-settings.service';
import { PayEstimates } from './pay-estimate';
import { StaffingService } from './staffing.service';

const OPEN_FOR_OFFERS: OrderStatus[] = [OrderStatus.InMatching, OrderStatus.PartlyStaffed];

/** Offers of an order's times: sent (fairly), read, accepted, declined, and expired when unanswered. */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: OrdersService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly payEstimates: PayEstimates,
    private readonly candidates: CandidatesService,
    private readonly settings: MatchingSettingsService,
    private readonly staffing: StaffingService,
  ) {}

  async createOffers(user: UserPrincipal, orderId: string, dto: CreateOffersDto): Promise<OfferDto[]> {
    const ids = await this.dataSource.transaction(async (manager) => {
      await this.staffing.lockOrder(manager, orderId);
      const r = await this.candidates.rank(manager, orderId, undefined, dto.occurrenceIds, 0);
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
          const why = await this.candidates.explain(r, id);
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
      const settings = await this.settings.current();
      const firstStart = new Date(Math.min(...r.slots.map((s) => s.slot.startsAt.getTime())));
      const due = offerAnswerDue(now, answerDueAt(now, settings.offerAnswerBusinessDays), firstStart);
      if (!due)
        throw matchingProblem(
          MatchingErrorCode.OfferTooLate,
          'The first of these times has already started: nobody could accept the offer.',
          'occurrenceIds',
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
    await this.staffing.inTransaction(async (manager) => {
      // the order first (as every staffing change does): two people accepting at once take turns
      const peek = await manager.findOne(OfferEntity, { where: { id }, select: { id: true, orderId: true } });
      if (peek) await this.staffing.lockOrder(manager, peek.orderId);
      const offer = await this.lockOffer(manager, user, id);
      const now = this.clock.now();
      const step = offerAnswer(offer.status, 'accept', now, offer.answerDueAt);
      if (!step.ok) throw matchingProblem(MatchingErrorCode.OfferClosed, step.reason);
      const view = await this.orders.matchingView(offer.orderId, manager);
      const counts = await this.staffing.holdingCounts(manager, offer.orderId);
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
      await this.staffing.insertAssignments(
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
        await this.staffing.withdrawFilled(manager, offer.orderId, view.expertCount);
      }
      await this.staffing.syncStaffing(manager, offer.orderId, user);
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

  private async offerDto(manager: EntityManager, id: string): Promise<OfferDto> {
    const [r] = await manager.query<Array<Record<string, unknown>>>(
      `SELECT f.*, o.number, o.title, o.product_code, o.place, o.municipality_code, o.description, o.preparation_needs, o.demanding,
              u.name AS unit_name, p.preparation_minutes, p.fee_basis, e.first_name || ' ' || e.last_name AS expert_name,
              (SELECT json_agg(json_build_object('occurrenceId', oc.id, 'startsAt', oc.starts_at, 'endsAt', oc.ends_at, 'place', oc.place) ORDER BY oc.starts_at)
                 FROM orders.occurrences oc WHERE oc.id = ANY(f.occurrence_ids)) AS times
         FROM offer f JOIN orders.orders o ON o.id = f.order_id JOIN units.units u ON u.id = o.unit_id
         JOIN orders.products p ON p.code = o.product_code JOIN registry.experts e ON e.id = f.expert_id
        WHERE f.id = $1`,
      [id],
    );
    const times = (r.times as OfferRowTime[]) ?? [];
    const estimate = await this.payEstimates.estimate(
      manager,
      r.expert_id as string,
      r.product_code as string,
      times.map((t) => ({ startsAt: new Date(t.startsAt), endsAt: new Date(t.endsAt) })),
    );
    return mapOffer(r, times, estimate);
  }
}
