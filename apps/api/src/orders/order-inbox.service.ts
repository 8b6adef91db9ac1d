import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UserPrincipal } from '../common/access/principal';
import { addDays, helsinkiDate, helsinkiInstant } from '../common/business-days';
import { Clock } from '../common/clock';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { UnitsService } from '../units/units.service';
import { InboxQueryDto, ListOrdersQueryDto, OrderSort } from './dto/order.dto';
import {
  InboxPageDto,
  mapInboxItem,
  mapOrderSummary,
  OrderDto,
  OrderPageDto,
} from './dto/order-response.dto';
import { OrderEntity } from './entities/order.entity';
import { OPEN_STATUSES } from './orders.rules';
import { OrderStoreService } from './order-store.service';

/** Reading orders: one order, the list and its search, and the coordinators' inbox. */
@Injectable()
export class OrderInboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: OrderStoreService,
    private readonly units: UnitsService,
    private readonly clock: Clock,
  ) {}

  async get(user: UserPrincipal, id: string): Promise<OrderDto> {
    await this.store.findVisible(this.dataSource.manager, user, id);
    return this.store.load(this.dataSource.manager, id);
  }

  async list(user: UserPrincipal, query: ListOrdersQueryDto): Promise<OrderPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    // a period is read in start order unless the caller asks otherwise
    const sort = query.sort ?? (query.from || query.to ? OrderSort.StartsFirst : OrderSort.NewestFirst);
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(OrderEntity)
      .createQueryBuilder('o');
    const scope = await this.units.scopeUnitIds(user);
    if (scope) qb.andWhere('o.unit_id = ANY(:scope::uuid[])', { scope });
    if (query.status?.length) qb.andWhere('o.status = ANY(:status::text[])', { status: query.status });
    if (query.unitId) qb.andWhere('o.unit_id = :unitId', { unitId: query.unitId });
    if (query.product) qb.andWhere('o.product_code = :product', { product: query.product });
    if (query.municipality)
      qb.andWhere('o.municipality_code = :municipality', { municipality: query.municipality });
    // the period is when the order starts (its first live time), so the start-date index answers it
    if (query.from) qb.andWhere('o.starts_at >= :from', { from: helsinkiInstant(query.from) });
    if (query.to) qb.andWhere('o.starts_at < :to', { to: helsinkiInstant(addDays(query.to, 1)) });
    if (query.q) {
      const number = query.q.toUpperCase();
      if (/^T-\d{4}-\d{6}$/.test(number)) qb.andWhere('o.number = :number', { number });
      else qb.andWhere('o.title ILIKE :q', { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    if (sort === OrderSort.NewestFirst) {
      if (after) qb.andWhere('(o.created_at, o.id) < (:c, :id)', { c: after[0], id: after[1] });
      qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'DESC');
    } else {
      const dir = sort === OrderSort.StartsFirst ? 'ASC' : 'DESC';
      qb.andWhere('o.starts_at IS NOT NULL');
      if (after)
        qb.andWhere(`(o.starts_at, o.id) ${dir === 'ASC' ? '>' : '<'} (:c, :id)`, {
          c: after[0],
          id: after[1],
        });
      qb.orderBy('o.starts_at', dir).addOrderBy('o.id', dir);
    }
    const rows = await qb.limit(limit + 1).getMany();
    const unitNames = await this.units.unitNames(rows.map((o) => o.unitId));
    return pageOf(rows, limit, (o) => mapOrderSummary(o, unitNames.get(o.unitId) ?? ''), (o) =>
      sort === OrderSort.NewestFirst ? [o.createdAt.toISOString(), o.id] : [o.startsAt!.toISOString(), o.id],
    );
  }

  /** The coordinators' inbox: open orders, overdue first (the earliest due moment first). */
  async inbox(query: InboxQueryDto): Promise<InboxPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const statuses = query.status?.length
      ? query.status.filter((s) => OPEN_STATUSES.includes(s))
      : OPEN_STATUSES;
    const qb = this.dataSource
      .getRepository(OrderEntity)
      .createQueryBuilder('o')
      // the literal list lets the planner use the inbox's partial index
      .where(`o.status IN ('submitted', 'in_matching', 'partly_staffed')`)
      .andWhere('o.status = ANY(:statuses::text[])', { statuses });
    if (query.product) qb.andWhere('o.product_code = :product', { product: query.product });
    if (query.municipality)
      qb.andWhere('o.municipality_code = :municipality', { municipality: query.municipality });
    if (after) qb.andWhere('(o.inbox_due_at, o.id) > (:d, :id)', { d: after[0], id: after[1] });
    const rows = await qb
      .orderBy('o.inbox_due_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const unitNames = await this.units.unitNames(rows.map((o) => o.unitId));
    const now = this.clock.now();
    const today = helsinkiDate(now);
    return pageOf(
      rows,
      limit,
      (o) => mapInboxItem(o, unitNames.get(o.unitId) ?? '', now, today),
      (o) => [o.inboxDueAt!.toISOString(), o.id],
    );
  }
}
