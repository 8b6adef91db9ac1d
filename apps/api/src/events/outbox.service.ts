import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';
import { OutboxEventEntity } from './outbox-event.entity';

export const DELIVER_EVENT_QUEUE = 'event-deliver';

export interface DomainEvent {
  type: string;
  aggregateType?: string;
  aggregateId?: string;
  payload: Record<string, unknown>;
}

/**
 * The transactional outbox. `record` is called with the manager of the transaction that makes the
 * change; `dispatchPending` (the relay, in worker processes) turns pending events into jobs and marks
 * them dispatched in one transaction.
 */
@Injectable()
export class OutboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async record(manager: EntityManager, event: DomainEvent): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`Outbox event ${event.type} must be recorded inside the transaction of its change`);
    }
    const result = await manager.insert(OutboxEventEntity, {
      type: event.type,
      aggregateType: event.aggregateType ?? null,
      aggregateId: event.aggregateId ?? null,
      payload: event.payload as object,
    });
    return result.identifiers[0].id as string;
  }

  /** Records many events in one statement (still inside the caller's transaction). */
  async recordMany(manager: EntityManager, events: DomainEvent[]): Promise<string[]> {
    if (!events.length) return [];
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox events must be recorded inside the transaction of their change');
    }
    const result = await manager.insert(
      OutboxEventEntity,
      events.map((event) => ({
        type: event.type,
        aggregateType: event.aggregateType ?? null,
        aggregateId: event.aggregateId ?? null,
        payload: event.payload as object,
      })),
    );
    return result.identifiers.map((i) => i.id as string);
  }

  /** One recorded event, for those who deliver it after the commit. */
  async find(manager: EntityManager, id: string): Promise<OutboxEventEntity | null> {
    return manager.findOne(OutboxEventEntity, { where: { id } });
  }

  /** Relays up to `limit` pending events; returns how many. Safe to run in several processes at once. */
  async dispatchPending(limit = 100): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Array<{ id: string }>>(
        `SELECT id FROM outbox_event WHERE dispatched_at IS NULL
          ORDER BY occurred_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      for (const row of rows) {
        await this.jobs.send(DELIVER_EVENT_QUEUE, { eventId: row.id }, manager, { singletonKey: `event:${row.id}` });
      }
      if (rows.length) {
        await manager.query('UPDATE outbox_event SET dispatched_at = now() WHERE id = ANY($1::uuid[])', [rows.map((r) => r.id)]);
      }
      return rows.length;
    });
  }
}
