import { Injectable } from '@nestjs/common';
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
  ) {}

  async timeline(user: UserPrincipal, id: string, query: TimelineQueryDto): Promise<TimelineDto> {
    const order = await this.store.findVisible(this.dataSource.manager, user, id);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 1);
    const qb = this.dataSource
      .getRepository(OrderEventEntity)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.actor', 'actor')
      .where('e.order_id = :id', { id });
    if (after) qb.andWhere('e.id > :after', { after: after[0] });
    const rows = await qb
      .orderBy('e.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = pageOf(rows, limit, mapTimelineEvent, (e) => [String(e.id)]);
    return { ...page, nextStep: mapOrderNextStep(order) };
  }

  async messages(user: UserPrincipal, id: string, query: MessagesQueryDto): Promise<OrderMessagePageDto> {
    await this.store.findVisible(this.dataSource.manager, user, id);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(OrderMessageEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.author', 'author')
      .where('m.order_id = :id', { id });
    if (after) qb.andWhere('(m.created_at, m.id) > (:c, :mid)', { c: after[0], mid: after[1] });
    const rows = await qb
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    return pageOf(rows, limit, mapMessage, (m) => [m.createdAt.toISOString(), m.id]);
  }

  async postMessage(user: UserPrincipal, id: string, body: string): Promise<OrderMessageDto> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.store.findVisible(manager, user, id);
      const saved = await manager.save(
        manager.create(OrderMessageEntity, { orderId: id, authorUserId: user.userId, body }),
      );
      await this.store.addEvent(manager, id, user, OrderEventType.MessagePosted, {});
      await this.store.recordChanged(manager, order, user, 'order.message');
      const full = await manager.findOneOrFail(OrderMessageEntity, {
        where: { id: saved.id },
        relations: { author: true },
      });
      return mapMessage(full);
    });
  }
}
