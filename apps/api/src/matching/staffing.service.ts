import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { UserPrincipal } from '../common/access/principal';
import { EventBus } from '../events/event-bus';
import { OccurrenceStatus, OrderStatus } from '../orders/orders.rules';
import { OrdersService } from '../orders/orders.service';
import { CancellationCause, OfferStatus, staffedCount } from './assignment.rules';
import { AssignmentEntity, OfferEntity } from './entities/matching.entities';
import { MatchingErrorCode, matchingProblem } from './matching.exception';

const MATCHABLE: OrderStatus[] = [OrderStatus.InMatching, OrderStatus.PartlyStaffed, OrderStatus.Staffed];

/**
 * The steps every staffing change shares (offers accepted, assignments confirmed or cancelled): the order
 * locked first, overlaps answered as 409, full times' offers withdrawn, and the order told how staffed it is.
 */
@Injectable()
export class StaffingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: OrdersService,
    private readonly bus: EventBus,
  ) {}

  /** A transaction in which an overlapping task answers 409 (see guard). */
  async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.guard(() => this.dataSource.transaction(work));
  }

  /** The overlap exclusion constraint answers 409, never 500. */
  async guard<T>(op: () => Promise<T>): Promise<T> {
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

  async insertAssignments(manager: EntityManager, rows: Array<Partial<AssignmentEntity>>): Promise<void> {
    await this.guard(() => manager.insert(AssignmentEntity, rows));
  }

  async holdingCounts(manager: EntityManager, orderId: string): Promise<Map<string, number>> {
    const rows = await manager.query<Array<{ occurrence_id: string; n: number }>>(
      `SELECT occurrence_id, count(*)::int AS n FROM assignment WHERE order_id = $1 AND status IN ('confirmed', 'completed') GROUP BY 1`,
      [orderId],
    );
    return new Map(rows.map((r) => [r.occurrence_id, r.n]));
  }

  /** When every offered time of a group is full, the group's other open offers are withdrawn. */
  async withdrawFilled(manager: EntityManager, orderId: string, need: number): Promise<void> {
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
          cancelledBy: CancellationCause.County,
        },
      });
    }
  }

  /** Tells the order how staffed it is (the fewest confirmed on any live time). */
  async syncStaffing(manager: EntityManager, orderId: string, user: UserPrincipal | null): Promise<void> {
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
  async lockOrder(manager: EntityManager, orderId: string): Promise<void> {
    await this.orders.lockForStaffing(manager, orderId);
  }
}
