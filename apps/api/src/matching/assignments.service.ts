import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { addDays, helsinkiInstant } from '../common/business-days';
import { Clock } from '../common/clock';
import { staleVersion } from '../common/concurrency';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EventBus } from '../events/event-bus';
import { isLateCancellation } from '../orders/orders.rules';
import { OrdersService } from '../orders/orders.service';
import { RegistryService } from '../registry/registry.service';
import { UnitsService } from '../units/units.service';
import { AssignmentCommand, assignmentStep, CancellationCause, cancellationCause } from './assignment.rules';
import {
  AssignmentDto,
  AssignmentPageDto,
  AssignmentRow,
  ListAssignmentsQueryDto,
  mapAssignment,
} from './dto/matching.dto';
import { AssignmentEntity } from './entities/matching.entities';
import { MatchingErrorCode, matchingProblem } from './matching.exception';
import { StaffingService } from './staffing.service';

/** An assignment with its order, unit and expert, as `mapAssignment` takes it. */
export const ASSIGNMENT_SELECT = `SELECT a.id, a.order_id, o.number, o.title, a.occurrence_id, a.expert_id,
    e.first_name || ' ' || e.last_name AS expert_name, a.status, a.starts_at, a.ends_at, COALESCE(oc.place, o.place) AS place,
    u.name AS unit_name, a.confirmed_at, a.completed_at, a.cancelled_at, a.cancel_reason, a.late_cancellation, a.version
  FROM assignment a JOIN orders.orders o ON o.id = a.order_id JOIN orders.occurrences oc ON oc.id = a.occurrence_id
  JOIN units.units u ON u.id = o.unit_id JOIN registry.experts e ON e.id = a.expert_id`;

/** Experts' tasks: listed, and confirmed, completed, marked no-show or cancelled; and cancelled with their order. */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orders: OrdersService,
    private readonly registry: RegistryService,
    private readonly units: UnitsService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly staffing: StaffingService,
  ) {}

  async listAssignments(user: UserPrincipal, query: ListAssignmentsQueryDto): Promise<AssignmentPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const params: unknown[] = [];
    const where: string[] = [];
    await this.scope(user, params, where);
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

  /** One assignment, if the caller may see it (as in the list); 404 otherwise. */
  async getAssignment(user: UserPrincipal, id: string): Promise<AssignmentDto> {
    const params: unknown[] = [];
    const where: string[] = [];
    await this.scope(user, params, where);
    params.push(id);
    where.push(`a.id = $${params.length}`);
    const [row] = await this.dataSource.query<AssignmentRow[]>(
      `${ASSIGNMENT_SELECT} WHERE ${where.join(' AND ')}`,
      params,
    );
    if (!row) throw matchingProblem(MatchingErrorCode.AssignmentNotFound);
    return mapAssignment(row);
  }

  /** What the caller may see: a coordinator, admin or reporter all; an expert their own; others their units'. */
  private async scope(user: UserPrincipal, params: unknown[], where: string[]): Promise<void> {
    if (
      user.roles.includes(Role.Coordinator) ||
      user.roles.includes(Role.Admin) ||
      user.roles.includes(Role.Reporter)
    )
      return;
    if (
      user.roles.includes(Role.Expert) &&
      !user.roles.includes(Role.Orderer) &&
      !user.roles.includes(Role.Approver)
    ) {
      params.push(await this.registry.ownExpertId(user));
      where.push(`a.expert_id = $${params.length}`);
      return;
    }
    params.push((await this.units.scopeUnitIds(user)) ?? []);
    where.push(`o.unit_id = ANY($${params.length}::uuid[])`);
  }

  async changeAssignment(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    command: AssignmentCommand,
    reason?: string,
    onBehalfOf?: CancellationCause,
  ): Promise<AssignmentDto> {
    await this.staffing.inTransaction(async (manager) => {
      const peek = await manager.findOne(AssignmentEntity, {
        where: { id },
        select: { id: true, orderId: true },
      });
      if (peek) await this.staffing.lockOrder(manager, peek.orderId);
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
      await this.staffing.guard(() =>
        manager.update(AssignmentEntity, { id, version: expectedVersion }, changes),
      );
      const cancelledBy = cancellationCause(user.roles.includes(Role.Coordinator), onBehalfOf);
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
        await this.staffing.withdrawFilled(manager, a.orderId, view.expertCount);
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
      await this.staffing.syncStaffing(manager, a.orderId, user);
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
  async cancelForOrder(manager: EntityManager, orderId: string, reason: string): Promise<void> {
    await this.staffing.lockOrder(manager, orderId);
    const rows = await manager.query<
      Array<{ id: string; expert_id: string; cancelled_at: Date; late: boolean }>
    >(
      `SELECT a.id, a.expert_id, oc.cancelled_at, oc.late_cancellation AS late
         FROM assignment a JOIN orders.occurrences oc ON oc.id = a.occurrence_id
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
          cancelledBy: CancellationCause.Orderer,
        },
      });
    }
    await manager.query(
      `UPDATE offer SET status = 'withdrawn' WHERE order_id = $1 AND status = 'open'
          AND NOT EXISTS (SELECT 1 FROM orders.occurrences oc WHERE oc.id = ANY(offer.occurrence_ids) AND oc.status = 'planned')`,
      [orderId],
    );
  }

  /**
   * A time of the order was moved (inside the delivery of the order's event): every live task on it moves
   * with it, unless the expert has another task at the new time — then that expert's task is cancelled
   * (not late: no cancellation fee), they are told, and the time is open for matching again.
   */
  async followMovedTime(
    manager: EntityManager,
    orderId: string,
    occurrenceId: string,
    startsAt: Date,
    endsAt: Date,
  ): Promise<void> {
    await this.staffing.lockOrder(manager, orderId);
    const rows = await manager.query<Array<{ id: string; expert_id: string }>>(
      `SELECT id, expert_id FROM assignment WHERE occurrence_id = $1 AND status IN ('accepted', 'confirmed') FOR UPDATE`,
      [occurrenceId],
    );
    let reopened = false;
    for (const r of rows) {
      const [clash] = await manager.query<unknown[]>(
        `SELECT 1 FROM assignment WHERE expert_id = $1 AND id <> $2 AND status IN ('accepted', 'confirmed')
            AND tstzrange(starts_at, ends_at) && tstzrange($3::timestamptz, $4::timestamptz) LIMIT 1`,
        [r.expert_id, r.id, startsAt, endsAt],
      );
      const payload = { assignmentId: r.id, expertId: r.expert_id, orderId };
      if (!clash) {
        await manager.query(
          `UPDATE assignment SET starts_at = $2, ends_at = $3, version = version + 1, updated_at = now() WHERE id = $1`,
          [r.id, startsAt, endsAt],
        );
        await this.bus.publish(manager, {
          type: 'assignment.moved',
          aggregateType: 'assignment',
          aggregateId: r.id,
          payload: { ...payload, startsAt: startsAt.toISOString() },
        });
        continue;
      }
      reopened = true;
      const reason = 'The time was moved and the expert has another task then.';
      await manager.query(
        `UPDATE assignment SET status = 'cancelled', cancelled_at = $2, cancel_reason = $3, late_cancellation = false,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [r.id, this.clock.now(), reason],
      );
      await this.bus.publish(manager, {
        type: 'assignment.cancelled',
        aggregateType: 'assignment',
        aggregateId: r.id,
        payload: { ...payload, reason, cancelledBy: CancellationCause.County },
      });
    }
    // the time's place is open again: the order goes back to matching (no person did this, the move did)
    if (reopened) await this.staffing.syncStaffing(manager, orderId, null);
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
        'SELECT unit_id FROM orders.orders WHERE id = $1',
        [a.orderId],
      );
      return !!o && (!scope || scope.includes(o.unit_id));
    }
    return false;
  }
}
