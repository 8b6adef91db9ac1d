import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EventBus } from '../events/event-bus';
import { OrderDto, OrderEventType } from './dto/order-response.dto';
import { OccurrenceStatus, OrderEntity, OrderOccurrenceEntity } from './entities/order.entity';
import { OrdersErrorCode, ordersProblem } from './orders.exception';
import { isLateCancellation, OrderStatus } from './orders.rules';
import { OrderStoreService } from './order-store.service';

/** The order's way through the state machine once it is sent: taken into matching, staffed, delivered, closed, cancelled. */
@Injectable()
export class OrderLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: OrderStoreService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  /** The coordinator takes the order: the answer deadline is met and matching begins. */
  async startMatching(user: UserPrincipal, id: string, expectedVersion: number): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.store.lockForChange(manager, user, id, expectedVersion);
      const to = this.store.allowed(order, { type: 'startMatching' });
      const now = this.clock.now();
      await this.store.writeVersioned(manager, order, expectedVersion, {
        status: to,
        answeredAt: now,
        inboxDueAt: order.startsAt,
      });
      await this.store.addEvent(manager, id, user, OrderEventType.MatchingStarted, {
        fromStatus: order.status,
        toStatus: to,
      });
      await this.audit.record(
        { action: 'order.start_matching', subjectType: 'order', subjectId: id },
        manager,
      );
      return this.store.load(manager, id);
    });
  }

  /** Matching reports how many places are filled (the lowest over live occurrences), in its transaction. */
  async recordStaffing(
    manager: EntityManager,
    id: string,
    staffed: number,
    actor: UserPrincipal | null,
  ): Promise<OrderStatus> {
    const order = await manager.findOne(OrderEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!order) throw ordersProblem(OrdersErrorCode.NotFound);
    const to = this.store.allowed(order, { type: 'staffingChanged', staffed, needed: order.expertCount });
    if (to === order.status) return to;
    await this.store.writeVersioned(manager, order, order.version, { status: to });
    await this.store.addEvent(manager, id, actor, OrderEventType.StaffingChanged, {
      fromStatus: order.status,
      toStatus: to,
      detail: { staffed, needed: order.expertCount },
    });
    if (to === OrderStatus.Staffed) {
      await this.bus.publish(manager, {
        type: 'order.staffed',
        aggregateType: 'order',
        aggregateId: id,
        payload: { orderId: id },
      });
    }
    return to;
  }

  async deliver(user: UserPrincipal, id: string, expectedVersion: number): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.store.lockForChange(manager, user, id, expectedVersion);
      const to = this.store.allowed(order, { type: 'deliver' });
      const now = this.clock.now();
      if (!order.startsAt || order.startsAt.getTime() > now.getTime()) {
        throw ordersProblem(
          OrdersErrorCode.Transition,
          'The task has not started yet: mark it delivered once it has taken place.',
        );
      }
      await this.store.writeVersioned(manager, order, expectedVersion, { status: to, deliveredAt: now });
      await manager.query(
        `UPDATE order_occurrence SET status = 'delivered' WHERE order_id = $1 AND status = 'planned' AND starts_at <= $2`,
        [id, now],
      );
      await this.store.addEvent(manager, id, user, OrderEventType.Delivered, {
        fromStatus: order.status,
        toStatus: to,
      });
      await this.audit.record({ action: 'order.deliver', subjectType: 'order', subjectId: id }, manager);
      return this.store.load(manager, id);
    });
  }

  async close(user: UserPrincipal, id: string, expectedVersion: number): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.store.lockForChange(manager, user, id, expectedVersion);
      const to = this.store.allowed(order, { type: 'close' });
      await this.store.writeVersioned(manager, order, expectedVersion, {
        status: to,
        closedAt: this.clock.now(),
      });
      await this.store.addEvent(manager, id, user, OrderEventType.Closed, {
        fromStatus: order.status,
        toStatus: to,
      });
      await this.audit.record({ action: 'order.close', subjectType: 'order', subjectId: id }, manager);
      return this.store.load(manager, id);
    });
  }

  /** Cancels the order and every occurrence that has not ended; a cancellation close to the start is flagged late. */
  async cancel(user: UserPrincipal, id: string, expectedVersion: number, reason: string): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.store.lockForChange(manager, user, id, expectedVersion);
      const to = this.store.allowed(order, { type: 'cancel' });
      const now = this.clock.now();
      const live = await manager.find(OrderOccurrenceEntity, {
        where: { orderId: id, status: OccurrenceStatus.Planned },
      });
      let late = false;
      for (const occ of live.filter((o) => o.endsAt.getTime() > now.getTime())) {
        const occLate =
          order.status !== OrderStatus.Draft &&
          isLateCancellation(now, occ.startsAt, this.config.ORDER_LATE_CANCEL_BUSINESS_DAYS);
        late ||= occLate;
        await manager.update(
          OrderOccurrenceEntity,
          { id: occ.id },
          {
            status: OccurrenceStatus.Cancelled,
            cancelledAt: now,
            cancelReason: reason,
            lateCancellation: occLate,
          },
        );
      }
      await this.store.writeVersioned(manager, order, expectedVersion, {
        status: to,
        cancelledAt: now,
        cancelReason: reason,
        lateCancellation: late,
      });
      await this.store.addEvent(manager, id, user, OrderEventType.Cancelled, {
        fromStatus: order.status,
        toStatus: to,
        detail: { reason, lateCancellation: late },
      });
      if (order.status !== OrderStatus.Draft) {
        await this.bus.publish(manager, {
          type: 'order.cancelled',
          aggregateType: 'order',
          aggregateId: id,
          payload: {
            orderId: id,
            actorUserId: user.userId,
            actorName: user.displayName,
            reason,
            occurrenceStartsAt: null,
          },
        });
      }
      await this.audit.record({ action: 'order.cancel', subjectType: 'order', subjectId: id }, manager);
      return this.store.load(manager, id);
    });
  }
}
