import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { UserPrincipal } from '../common/access/principal';
import {
  OccurrenceStatus,
  OrderAreaEntity,
  OrderEntity,
  OrderExcludedExpertEntity,
  OrderMode,
  OrderOccurrenceEntity,
} from './entities/order.entity';
import { OrdersErrorCode, ordersProblem } from './orders.exception';
import { OrderStatus } from './orders.rules';
import { OrderLifecycleService } from './order-lifecycle.service';
import { UnitsService } from '../units/units.service';

// the upload limits, where the HTTP server's body parser (app.factory.ts) has always read them
export { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './order-attachments.service';

export interface OrderMatchingView {
  id: string;
  number: string;
  title: string;
  status: OrderStatus;
  unitId: string;
  unitName: string;
  /** The unit and every unit above it. */
  unitIds: string[];
  contactUserId: string;
  createdBy: string;
  mode: OrderMode;
  place: string | null;
  point: { lat: number; lon: number } | null;
  languageCode: string | null;
  requiredAreas: string[];
  preferredAreas: string[];
  wishedTierCode: string | null;
  excludedExpertIds: string[];
  wishedExpertId: string | null;
  suitableForMinors: boolean;
  /** Demanding for the expert: the offer tells that supervision goes with it. */
  demanding: boolean;
  /** Only experts with a valid criminal-record extract. */
  worksWithMinors: boolean;
  expertCount: number;
  productCode: string;
  taskTypeCode: string | null;
  pairRequired: boolean;
  preparationMinutes: number;
  occurrences: Array<{
    id: string;
    startsAt: Date;
    endsAt: Date;
    place: string | null;
    status: OccurrenceStatus;
  }>;
}

/**
 * What the orders module offers the modules above it (matching): the orders as matching sees them, and
 * the staffing report that moves an order through the state machine. The order's own use cases live in
 * the services beside this one.
 */
@Injectable()
export class OrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: OrderLifecycleService,
    private readonly units: UnitsService,
  ) {}

  /**
   * Locks the order's row for the rest of the caller's transaction, so that staffing changes of one order
   * go one at a time (matching locks the order first, always). False when there is no such order.
   */
  async lockForStaffing(manager: EntityManager, orderId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT id FROM task_order WHERE id = $1 FOR UPDATE', [orderId]);
    return rows.length > 0;
  }

  /** What matching needs of an order (no access check: the caller is a coordinator's use case). */
  async matchingView(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrderMatchingView> {
    const view = (await this.matchingViews([id], manager)).get(id);
    if (!view) throw ordersProblem(OrdersErrorCode.NotFound);
    return view;
  }

  /** Matching's view of many orders at once (a batch reads them in a handful of queries, not per order). */
  async matchingViews(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, OrderMatchingView>> {
    const views = new Map<string, OrderMatchingView>();
    if (!ids.length) return views;
    const orders = await manager.find(OrderEntity, {
      where: { id: In(ids) },
      relations: { product: true },
    });
    if (!orders.length) return views;
    const found = orders.map((o) => o.id);
    const group = <T>(list: T[], key: (x: T) => string) => {
      const map = new Map<string, T[]>();
      for (const x of list) {
        const k = key(x);
        const arr = map.get(k);
        if (arr) arr.push(x);
        else map.set(k, [x]);
      }
      return map;
    };
    // one after another: the manager may be a transaction's single connection, which runs one query at a time
    const areas = await manager.find(OrderAreaEntity, { where: { orderId: In(found) } });
    const excluded = await manager.find(OrderExcludedExpertEntity, { where: { orderId: In(found) } });
    const occurrences = await manager.find(OrderOccurrenceEntity, {
      where: { orderId: In(found) },
      order: { startsAt: 'ASC', place: 'ASC' },
    });
    // each ordering unit with itself and every unit above it
    const ancestors = await manager.query<Array<{ start_id: string; id: string }>>(
      `WITH RECURSIVE up AS (SELECT id AS start_id, id, parent_id FROM units.units WHERE id = ANY($1::uuid[])
         UNION SELECT up.start_id, p.id, p.parent_id FROM units.units p JOIN up ON p.id = up.parent_id)
       SELECT start_id, id FROM up`,
      [[...new Set(orders.map((o) => o.unitId))]],
    );
    const places = await manager.query<Array<{ code: string; latitude: number; longitude: number }>>(
      'SELECT code, latitude, longitude FROM catalog.municipalities WHERE code = ANY($1::text[])',
      [[...new Set(orders.map((o) => o.municipalityCode).filter((c): c is string => !!c))]],
    );
    const unitNames = await this.units.unitNames(orders.map((o) => o.unitId), manager);
    const areasOf = group(areas, (a) => a.orderId);
    const excludedOf = group(excluded, (e) => e.orderId);
    const occurrencesOf = group(occurrences, (c) => c.orderId);
    const ancestorsOf = group(ancestors, (a) => a.start_id);
    const pointOf = new Map(
      places.map((p) => [p.code, { lat: Number(p.latitude), lon: Number(p.longitude) }]),
    );
    for (const o of orders) {
      const own = areasOf.get(o.id) ?? [];
      views.set(o.id, {
        id: o.id,
        number: o.number,
        title: o.title,
        status: o.status,
        unitId: o.unitId,
        unitName: unitNames.get(o.unitId) ?? '',
        unitIds: (ancestorsOf.get(o.unitId) ?? []).map((a) => a.id),
        contactUserId: o.contactUserId,
        createdBy: o.createdBy,
        mode: o.mode,
        place: o.place,
        point: (o.municipalityCode && pointOf.get(o.municipalityCode)) || null,
        languageCode: o.languageCode,
        requiredAreas: own.filter((a) => a.required).map((a) => a.areaCode),
        preferredAreas: own.filter((a) => !a.required).map((a) => a.areaCode),
        wishedTierCode: o.wishedTierCode,
        excludedExpertIds: (excludedOf.get(o.id) ?? []).map((e) => e.expertId),
        wishedExpertId: o.wishedExpertId,
        suitableForMinors: o.suitableForMinors,
        demanding: o.demanding,
        worksWithMinors: o.worksWithMinors,
        expertCount: o.expertCount,
        productCode: o.productCode,
        taskTypeCode: o.product?.taskTypeCode ?? null,
        pairRequired: o.product?.pairRequired ?? false,
        preparationMinutes: o.product?.preparationMinutes ?? 0,
        occurrences: (occurrencesOf.get(o.id) ?? []).map((c) => ({
          id: c.id,
          startsAt: c.startsAt,
          endsAt: c.endsAt,
          place: c.place,
          status: c.status,
        })),
      });
    }
    return views;
  }

  /** Matching reports how many places are filled (the lowest over live occurrences). Used by the matching module. */
  recordStaffing(
    manager: EntityManager,
    id: string,
    staffed: number,
    actor: UserPrincipal | null,
  ): Promise<OrderStatus> {
    return this.lifecycle.recordStaffing(manager, id, staffed, actor);
  }
}
