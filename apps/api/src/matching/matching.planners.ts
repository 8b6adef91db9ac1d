import type { EntityManager } from 'typeorm';
import type { Delivery } from '../notifications/notifications.service';

// Who is told of matching's facts, and with what: notifications runs these after the commit. They are
// registered once, in MatchingService.onModuleInit.

/** The expert of an offer or a task: a new offer, a confirmed or a cancelled task. */
export async function planToExpert(
  template: 'offer.new' | 'assignment.confirmed' | 'assignment.cancelled' | 'assignment.moved',
  payload: Record<string, unknown>,
  manager: EntityManager,
): Promise<Delivery[]> {
  const [row] = await manager.query<Array<{ user_id: string | null; number: string; title: string }>>(
    `SELECT e.user_id, o.number, o.title FROM registry.experts e, orders.orders o WHERE e.id = $1 AND o.id = $2`,
    [payload.expertId, payload.orderId ?? (await orderOfOffer(manager, String(payload.offerId)))],
  );
  if (!row?.user_id) return [];
  const link = template === 'offer.new' ? `/my/offers/${String(payload.offerId)}` : '/my/tasks';
  const params = { number: row.number, title: row.title, link };
  // a moved task says its new time
  if (template === 'assignment.moved')
    return [{ userId: row.user_id, template, params: { ...params, startsAt: String(payload.startsAt) } }];
  return [{ userId: row.user_id, template, params }];
}

async function orderOfOffer(manager: EntityManager, offerId: string): Promise<string | null> {
  const [r] = await manager.query<Array<{ order_id: string }>>('SELECT order_id FROM offer WHERE id = $1', [
    offerId,
  ]);
  return r?.order_id ?? null;
}

/** Every active coordinator: an offer was accepted, declined or expired. */
export async function planToCoordinators(
  payload: Record<string, unknown>,
  manager: EntityManager,
): Promise<Delivery[]> {
  const [row] = await manager.query<Array<{ number: string; title: string; name: string }>>(
    `SELECT o.number, o.title, e.first_name || ' ' || e.last_name AS name FROM orders.orders o, registry.experts e WHERE o.id = $1 AND e.id = $2`,
    [payload.orderId, payload.expertId],
  );
  if (!row) return [];
  const coordinators = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM auth.users WHERE active AND 'coordinator' = ANY(roles)`,
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
