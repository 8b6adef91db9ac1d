import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EventBus } from '../events/event-bus';
import { ScheduleInputDto, UpdateOccurrenceDto } from './dto/order.dto';
import { OrderDto, OrderEventType } from './dto/order-response.dto';
import { OccurrenceStatus, OrderEntity, OrderOccurrenceEntity } from './entities/order.entity';
import { OrdersErrorCode, ordersProblem } from './orders.exception';
import {
  canEdit,
  checkOccurrences,
  expandWeeklySeries,
  isLateCancellation,
  OccurrenceDraft,
  OPEN_STATUSES,
  OrderStatus,
  WeeklySeries,
} from './orders.rules';
import { OrderStoreService } from './order-store.service';

/** The order's times: a schedule from a list or a weekly series, one time moved or cancelled, and the period they make. */
@Injectable()
export class OrderScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: OrderStoreService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  async updateOccurrence(
    user: UserPrincipal,
    id: string,
    occurrenceId: string,
    expectedVersion: number,
    dto: UpdateOccurrenceDto,
  ): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.store.lockForChange(manager, user, id, expectedVersion);
      if (!canEdit(order.status)) throw ordersProblem(OrdersErrorCode.NotEditable);
      const occ = await this.occurrence(manager, id, occurrenceId);
      const startsAt = dto.startsAt ? new Date(dto.startsAt) : occ.startsAt;
      const endsAt = dto.endsAt ? new Date(dto.endsAt) : occ.endsAt;
      if (endsAt.getTime() <= startsAt.getTime()) {
        throw ordersProblem(OrdersErrorCode.InvalidSchedule, 'The end must come after the start.', 'endsAt');
      }
      const moved =
        startsAt.getTime() !== occ.startsAt.getTime() || endsAt.getTime() !== occ.endsAt.getTime();
      if (moved && startsAt.getTime() <= this.clock.now().getTime()) {
        throw ordersProblem(
          OrdersErrorCode.InvalidSchedule,
          'A time cannot be moved into the past.',
          'startsAt',
        );
      }
      await manager.update(
        OrderOccurrenceEntity,
        { id: occurrenceId },
        { startsAt, endsAt, place: dto.place === undefined ? occ.place : dto.place },
      );
      await this.store.writeVersioned(manager, order, expectedVersion, {});
      const period = await this.refreshPeriod(manager, id);
      if (order.answeredAt && OPEN_STATUSES.includes(order.status))
        await manager.update(OrderEntity, { id }, { inboxDueAt: period.startsAt });
      await this.store.addEvent(manager, id, user, OrderEventType.OccurrenceChanged, {
        occurrenceId,
        detail: {
          from: { startsAt: occ.startsAt.toISOString(), endsAt: occ.endsAt.toISOString(), place: occ.place },
        },
      });
      if (order.status !== OrderStatus.Draft)
        await this.store.recordChanged(manager, order, user, 'order.changed');
      // the experts' tasks on this time follow it (matching reacts in this transaction)
      if (moved && order.status !== OrderStatus.Draft) {
        await this.bus.publish(manager, {
          type: 'order.occurrence_moved',
          aggregateType: 'order',
          aggregateId: id,
          payload: {
            orderId: id,
            occurrenceId,
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            fromStartsAt: occ.startsAt.toISOString(),
            actorUserId: user.userId,
          },
        });
      }
      await this.audit.record(
        { action: 'order.occurrence.update', subjectType: 'order', subjectId: id },
        manager,
      );
      return this.store.load(manager, id);
    });
  }

  async cancelOccurrence(
    user: UserPrincipal,
    id: string,
    occurrenceId: string,
    expectedVersion: number,
    reason: string,
  ): Promise<OrderDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.store.lockForChange(manager, user, id, expectedVersion);
      if (!canEdit(order.status)) throw ordersProblem(OrdersErrorCode.NotEditable);
      const occ = await this.occurrence(manager, id, occurrenceId);
      const [{ n }] = await manager.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM order_occurrence WHERE order_id = $1 AND status = 'planned' AND id <> $2`,
        [id, occurrenceId],
      );
      if (n === 0) {
        throw ordersProblem(
          OrdersErrorCode.OccurrenceNotChangeable,
          'This is the only time left: cancel the whole order instead.',
        );
      }
      const now = this.clock.now();
      const late =
        order.status !== OrderStatus.Draft &&
        isLateCancellation(now, occ.startsAt, this.config.ORDER_LATE_CANCEL_BUSINESS_DAYS);
      await manager.update(
        OrderOccurrenceEntity,
        { id: occurrenceId },
        {
          status: OccurrenceStatus.Cancelled,
          cancelledAt: now,
          cancelReason: reason,
          lateCancellation: late,
        },
      );
      await this.store.writeVersioned(manager, order, expectedVersion, {});
      const period = await this.refreshPeriod(manager, id);
      if (order.answeredAt && OPEN_STATUSES.includes(order.status))
        await manager.update(OrderEntity, { id }, { inboxDueAt: period.startsAt });
      await this.store.addEvent(manager, id, user, OrderEventType.OccurrenceCancelled, {
        occurrenceId,
        detail: { reason, lateCancellation: late, startsAt: occ.startsAt.toISOString() },
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
            occurrenceStartsAt: occ.startsAt.toISOString(),
          },
        });
      }
      await this.audit.record(
        { action: 'order.occurrence.cancel', subjectType: 'order', subjectId: id },
        manager,
      );
      return this.store.load(manager, id);
    });
  }

  /** The times a schedule asks for: either a list of times or a weekly series, checked. */
  scheduleOf(schedule: ScheduleInputDto): OccurrenceDraft[] {
    if (!!schedule.series === !!schedule.occurrences) {
      throw ordersProblem(
        OrdersErrorCode.InvalidSchedule,
        'Give either a list of times or a weekly series.',
        'schedule',
      );
    }
    if (schedule.series) {
      const r = expandWeeklySeries(seriesOf(schedule.series));
      if (!r.ok) {
        const detail = {
          time_order: 'The end time must come after the start time.',
          no_weekdays: 'Choose at least one weekday.',
          too_many: 'The series has too many times (at most 500).',
          empty: 'The series has no times: check the dates and weekdays.',
        }[r.problem];
        throw ordersProblem(OrdersErrorCode.InvalidSchedule, detail, 'schedule.series');
      }
      return r.occurrences;
    }
    const r = checkOccurrences(
      (schedule.occurrences ?? []).map((o) => ({
        startsAt: new Date(o.startsAt),
        endsAt: new Date(o.endsAt),
        place: o.place ?? null,
      })),
    );
    if (!r.ok) {
      throw ordersProblem(
        OrdersErrorCode.InvalidSchedule,
        'The end must come after the start.',
        `schedule.occurrences.${r.index}.endsAt`,
      );
    }
    return r.occurrences;
  }

  async insertOccurrences(manager: EntityManager, orderId: string, list: OccurrenceDraft[]): Promise<void> {
    if (!list.length) return;
    await manager.query(
      `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place)
       SELECT $1, s, e, p FROM unnest($2::timestamptz[], $3::timestamptz[], $4::text[]) AS t(s, e, p)`,
      [orderId, list.map((o) => o.startsAt), list.map((o) => o.endsAt), list.map((o) => o.place)],
    );
  }

  /** Keeps the order's period and count in step with its live occurrences. */
  async refreshPeriod(manager: EntityManager, orderId: string): Promise<{ startsAt: Date | null }> {
    const [row] = await manager.query<Array<{ starts_at: Date | null }>>(
      // a bare UPDATE … RETURNING answers [rows, count] through TypeORM: read the row through a SELECT
      `WITH updated AS (
         UPDATE task_order o SET starts_at = s.first, ends_at = s.last, occurrence_count = s.n
           FROM (SELECT min(starts_at) AS first, max(ends_at) AS last, count(*)::int AS n
                   FROM order_occurrence WHERE order_id = $1 AND status <> 'cancelled') s
          WHERE o.id = $1 RETURNING o.starts_at)
       SELECT starts_at FROM updated`,
      [orderId],
    );
    return { startsAt: row?.starts_at ? new Date(row.starts_at) : null };
  }

  private async occurrence(
    manager: EntityManager,
    orderId: string,
    occurrenceId: string,
  ): Promise<OrderOccurrenceEntity> {
    const occ = await manager.findOne(OrderOccurrenceEntity, { where: { id: occurrenceId, orderId } });
    if (!occ) throw ordersProblem(OrdersErrorCode.OccurrenceNotFound);
    if (occ.status !== OccurrenceStatus.Planned) {
      throw ordersProblem(
        OrdersErrorCode.OccurrenceNotChangeable,
        `This time is ${occ.status} and can no longer be changed.`,
      );
    }
    return occ;
  }
}

/** The series as the order keeps it (weekdays in order, no extra fields from the request). */
export function seriesOf(s: WeeklySeries): WeeklySeries {
  return {
    firstDate: s.firstDate,
    weekdays: [...s.weekdays].sort((a, b) => a - b),
    startTime: s.startTime,
    endTime: s.endTime,
    intervalWeeks: s.intervalWeeks,
    weeks: s.weeks,
    places: s.places,
    skipHolidays: s.skipHolidays,
  };
}
