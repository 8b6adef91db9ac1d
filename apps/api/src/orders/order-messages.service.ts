import { Injectable } from '@nestjs/common';
import { UsersService } from '../auth/users.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UserPrincipal } from '../common/access/principal';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { MessagesQueryDto, TimelineQueryDto } from './dto/order.dto';
import {
  mapMessage,
  mapOrderNextStep,
  mapTimelineEvent,
  OrderEventType,
  OrderMessageDto,
  OrderMessagePageDto,
  TimelineDto,
} from './dto/order-response.dto';
import { OrderEventEntity, OrderMessageEntity } from './entities/order.entity';
import { OrderStoreService } from './order-store.service';

/** The order's history (who did what, and what happens next) and the messages on it. */
@Injectable()
export class OrderMessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: OrderStoreService,
    private readonly users: UsersService,
  ) {}

  async timeline(user: UserPrincipal, id: string, query: TimelineQueryDto): Promise<TimelineDto> {
    const order = await this.store.findVisible(this.dataSource.manager, user, id);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 1);
    const qb = this.dataSource
      .getRepository(OrderEventEntity)
      .createQueryBuilder('e')
      .where('e.order_id = :id', { id });
    if (after) qb.andWhere('e.id > :after', { after: after[0] });
    const rows = await qb
      .orderBy('e.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const people = await this.users.people(rows.map((e) => e.actorUserId));
    const page = pageOf(
      rows,
      limit,
      (e) => mapTimelineEvent(e, e.actorUserId ? (people.get(e.actorUserId) ?? null) : null),
      (e) => [String(e.id)],
    );
    return { ...page, nextStep: mapOrderNextStep(order) };
  }

  async messages(user: UserPrincipal, id: string, query: MessagesQueryDto): Promise<OrderMessagePageDto> {
    await this.store.findVisible(this.dataSource.manager, user, id);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(OrderMessageEntity)
      .createQueryBuilder('m')
      .where('m.order_id = :id', { id });
    if (after) qb.andWhere('(m.created_at, m.id) > (:c, :mid)', { c: after[0], mid: after[1] });
    const rows = await qb
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const people = await this.users.people(rows.map((m) => m.authorUserId));
    return pageOf(
      rows,
      limit,
      (m) => mapMessage(m, people.get(m.authorUserId) ?? null),
      (m) => [m.createdAt.toISOString(), m.id],
    );
  }

  async postMessage(user: UserPrincipal, id: string, body: string): Promise<OrderMessageDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.store.findVisible(manager, user, id);
      const saved = await manager.save(
        manager.create(OrderMessageEntity, { orderId: id, authorUserId: user.userId, body }),
      );
      await this.store.addEvent(manager, id, user, OrderEventType.MessagePosted, {});
      await this.store.recordChanged(manager, order, user, 'order.message');
      const people = await this.users.people([user.userId], manager);
      return mapMessage(saved, people.get(user.userId) ?? null);
    });
  }
}
