import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { Clock } from '../common/clock';
import { staleVersion } from '../common/concurrency';
import { EventBus } from '../events/event-bus';
import { UnitsService } from '../units/units.service';
import { mapOrder, OrderDto, OrderEventType } from './dto/order-response.dto';
import {
  OrderAreaEntity,
  OrderAttachmentEntity,
  OrderEntity,
  OrderEventEntity,
  OrderExcludedExpertEntity,
  OrderOccurrenceEntity,
} from './entities/order.entity';
import { OrdersErrorCode, ordersProblem } from './orders.exception';
import { OrderCommand, OrderStatus, transition } from './orders.rules';

/** Roles that see every order; others see the orders of their units and the units under them. */
const SEES_ALL: Role[] = [Role.Admin, Role.Coordinator, Role.Reporter];


/**
 * The steps every use case of an order shares, always inside the caller's transaction (`manager`):
 * who may see it, the lock and version check, the versioned write, the state machine's answer, the
 * order's history row, the change fact, and the full read for the response.
 */
@Injectable()
export class OrderStoreService {
  constructor(
    private readonly units: UnitsService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  /** The order if the person may see it; a foreign or missing order is the same 404 (and a denied read is audited). */
  async findVisible(
    manager: EntityManager,
    user: UserPrincipal,
    id: string,
    lock = false,
  ): Promise<OrderEntity> {
    const order = await manager.findOne(OrderEntity, {
      where: { id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    const scope = user.roles.some((r) => SEES_ALL.includes(r))
      ? undefined
      : await this.units.scopeUnitIds(user);
    if (!order || (scope && !scope.includes(order.unitId))) {
      if (order) {
        await this.audit.record({
          action: 'order.read',
          outcome: AuditOutcome.Denied,
          subjectType: 'order',
          subjectId: id,
        });
      }
      throw ordersProblem(OrdersErrorCode.NotFound);
    }
    return order;
  }

  async lockForChange(
    manager: EntityManager,
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
  ): Promise<OrderEntity> {
    const order = await this.findVisible(manager, user, id, true);
    if (order.version !== expectedVersion) throw staleVersion(order.version);
    return order;
  }

  /** The status the command leads to, or the 409 that says why it cannot be done now. */
  allowed(order: OrderEntity, command: OrderCommand): OrderStatus {
    const t = transition(order.status, command);
    if (!t.ok)
      throw ordersProblem(OrdersErrorCode.Transition, t.reason, undefined, { currentStatus: order.status });
    return t.to;
  }

  /** UPDATE … WHERE version = expected, bumping the version: @VersionColumn alone does not guard writers. */
  async writeVersioned(
    manager: EntityManager,
    order: OrderEntity,
    expectedVersion: number,
    columns: Partial<OrderEntity>,
  ): Promise<void> {
    try {
      const result = await manager.update(
        OrderEntity,
        { id: order.id, version: expectedVersion },
        { ...columns, version: expectedVersion + 1 },
      );
      if (result.affected !== 1) throw staleVersion();
    } catch (err) {
      if (err instanceof QueryFailedError && (err as QueryFailedError & { code?: string }).code === '23514') {
        throw ordersProblem(OrdersErrorCode.Incomplete, 'The order is missing information this step needs.');
      }
      throw err;
    }
    order.version = expectedVersion + 1;
  }

  async addEvent(
    manager: EntityManager,
    orderId: string,
    actor: UserPrincipal | null,
    type: OrderEventType,
    e: {
      fromStatus?: OrderStatus;
      toStatus?: OrderStatus;
      occurrenceId?: string;
      detail?: Record<string, unknown>;
    },
  ): Promise<void> {
    await manager.insert(OrderEventEntity, {
      orderId,
      actorUserId: actor?.userId ?? null,
      at: this.clock.now(),
      type,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      occurrenceId: e.occurrenceId ?? null,
      detail: (e.detail ?? null) as object | null,
    });
  }

  async recordChanged(
    manager: EntityManager,
    order: OrderEntity,
    user: UserPrincipal,
    type: 'order.changed' | 'order.message',
  ) {
    await this.bus.publish(manager, {
      type,
      aggregateType: 'order',
      aggregateId: order.id,
      payload: {
        orderId: order.id,
        actorUserId: user.userId,
        actorName: user.displayName,
        byCoordinator: user.roles.includes(Role.Coordinator),
      },
    });
  }

  async load(manager: EntityManager, id: string): Promise<OrderDto> {
    const o = await manager.findOneOrFail(OrderEntity, { where: { id } });
    // one after another: a transaction's connection runs one query at a time
    const areas = await manager.find(OrderAreaEntity, {
      where: { orderId: id },
      order: { required: 'DESC', areaCode: 'ASC' },
    });
    const excluded = await manager.find(OrderExcludedExpertEntity, { where: { orderId: id } });
    const occurrences = await manager.find(OrderOccurrenceEntity, {
      where: { orderId: id },
      order: { startsAt: 'ASC', place: 'ASC' },
    });
    const attachments = await manager.find(OrderAttachmentEntity, {
      where: { orderId: id },
      order: { createdAt: 'ASC' },
    });
    const unitNames = await this.units.unitNames([o.unitId], manager);
    return mapOrder(o, { areas, excluded, occurrences, attachments, unitName: unitNames.get(o.unitId) ?? '' });
  }
}
