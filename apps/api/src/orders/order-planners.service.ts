import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Delivery, NotificationsService } from '../notifications/notifications.service';
import { OrderEntity } from './entities/order.entity';
import { UnitsService } from '../units/units.service';

/**
 * Who is told what when an `order.*` fact is delivered (after the commit). They stay here until the
 * planners move into notifications (docs/architecture.md, "Still to do").
 */
@Injectable()
export class OrderPlannersService implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly units: UnitsService,
  ) {}

  onModuleInit(): void {
    this.notifications.registerPlanner('order.submitted', (e, m) =>
      this.planSubmitted(String(e.payload.orderId), m),
    );
    this.notifications.registerPlanner('order.changed', (e, m) =>
      this.planFromActor('order.changed', e.payload, m),
    );
    this.notifications.registerPlanner('order.message', (e, m) =>
      this.planFromActor('order.message', e.payload, m),
    );
    this.notifications.registerPlanner('order.cancelled', (e, m) => this.planCancelled(e.payload, m));
    this.notifications.registerPlanner('order.staffed', (e, m) =>
      this.planToContact('order.staffed', String(e.payload.orderId), m),
    );
    this.notifications.registerPlanner('order.starting', (e, m) => this.planStarting(e.payload, m));
  }

  private async orderForMessage(manager: EntityManager, orderId: string) {
    const o = await manager.findOne(OrderEntity, { where: { id: orderId } });
    if (!o) return null;
    const unitNames = await this.units.unitNames([o.unitId], manager);
    return { order: o, unitName: unitNames.get(o.unitId) ?? '', base: { number: o.number, title: o.title, link: `/orders/${o.id}` } };
  }

  private async coordinatorIds(manager: EntityManager, except?: string): Promise<string[]> {
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM auth.users WHERE active AND 'coordinator' = ANY(roles) AND id IS DISTINCT FROM $1`,
      [except ?? null],
    );
    return rows.map((r) => r.id);
  }

  /** The order's contact person and the person who made it, once each. */
  private ordererIds(o: OrderEntity, except?: string): string[] {
    return [...new Set([o.contactUserId, o.createdBy])].filter((id) => id !== except);
  }

  private async planSubmitted(orderId: string, manager: EntityManager): Promise<Delivery[]> {
    const m = await this.orderForMessage(manager, orderId);
    if (!m || !m.order.answerDueAt) return [];
    const answerDue = m.order.answerDueAt.toISOString();
    const coordinators = await this.coordinatorIds(manager, m.order.createdBy);
    return [
      ...this.ordererIds(m.order).map((userId) => ({
        userId,
        template: 'order.received' as const,
        params: { ...m.base, answerDueAt: answerDue },
      })),
      ...coordinators.map((userId) => ({
        userId,
        template: 'order.new' as const,
        params: {
          ...m.base,
          answerDueAt: answerDue,
          unitName: m.unitName,
          startsAt: m.order.startsAt?.toISOString() ?? null,
        },
      })),
    ];
  }

  private async planFromActor(
    template: 'order.changed' | 'order.message',
    payload: Record<string, unknown>,
    manager: EntityManager,
  ): Promise<Delivery[]> {
    const m = await this.orderForMessage(manager, String(payload.orderId));
    if (!m) return [];
    const actor = String(payload.actorUserId);
    const recipients = payload.byCoordinator
      ? this.ordererIds(m.order, actor)
      : await this.coordinatorIds(manager, actor);
    return recipients.map((userId) => ({
      userId,
      template,
      params: { ...m.base, actorName: String(payload.actorName) },
    }));
  }

  private async planCancelled(payload: Record<string, unknown>, manager: EntityManager): Promise<Delivery[]> {
    const m = await this.orderForMessage(manager, String(payload.orderId));
    if (!m) return [];
    const actor = String(payload.actorUserId);
    const recipients = [
      ...new Set([...this.ordererIds(m.order, actor), ...(await this.coordinatorIds(manager, actor))]),
    ];
    return recipients.map((userId) => ({
      userId,
      template: 'order.cancelled' as const,
      params: {
        ...m.base,
        actorName: String(payload.actorName),
        reason: String(payload.reason),
        occurrenceStartsAt: (payload.occurrenceStartsAt as string | null) ?? null,
      },
    }));
  }

  private async planToContact(
    template: 'order.staffed',
    orderId: string,
    manager: EntityManager,
  ): Promise<Delivery[]> {
    const m = await this.orderForMessage(manager, orderId);
    if (!m) return [];
    return this.ordererIds(m.order).map((userId) => ({ userId, template, params: m.base }));
  }

  private async planStarting(payload: Record<string, unknown>, manager: EntityManager): Promise<Delivery[]> {
    const m = await this.orderForMessage(manager, String(payload.orderId));
    if (!m) return [];
    return [
      {
        userId: m.order.contactUserId,
        template: 'order.starting' as const,
        params: {
          ...m.base,
          startsAt: String(payload.startsAt),
          place: (payload.place as string | null) ?? m.order.place,
        },
      },
    ];
  }
}
