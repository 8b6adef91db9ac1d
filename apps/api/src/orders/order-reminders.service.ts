import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addBusinessDays, addDays, helsinkiDate, helsinkiInstant } from '../common/business-days';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EventBus } from '../events/event-bus';
import { JobsService } from '../jobs/jobs.service';
import { OrderEventType } from './dto/order-response.dto';
import { OrderOccurrenceEntity } from './entities/order.entity';
import { OrderStoreService } from './order-store.service';

/** The orderer's reminder before a time starts (`order.starting`), sent by a cron job. */
@Injectable()
export class OrderRemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: OrderStoreService,
    private readonly bus: EventBus,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      'orders-start-reminders',
      async () => {
        await this.sendStartReminders();
      },
      { cron: this.config.ORDER_REMINDER_CRON },
    );
  }

  /** One pass: reminds the orderer of occurrences starting within N business days. Returns reminders sent. */
  async sendStartReminders(limit = 500): Promise<number> {
    const now = this.clock.now();
    // up to the end of the Helsinki day N business days ahead
    const horizon = helsinkiInstant(
      addDays(addBusinessDays(helsinkiDate(now), this.config.ORDER_REMINDER_BUSINESS_DAYS), 1),
    );
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<
        Array<{ id: string; order_id: string; starts_at: Date; place: string | null }>
      >(
        `SELECT oc.id, oc.order_id, oc.starts_at, oc.place FROM order_occurrence oc
           JOIN task_order o ON o.id = oc.order_id
          WHERE oc.status = 'planned' AND oc.reminder_sent_at IS NULL AND oc.starts_at > $1 AND oc.starts_at < $2
            AND o.status IN ('submitted', 'in_matching', 'partly_staffed', 'staffed')
          ORDER BY oc.starts_at LIMIT $3 FOR UPDATE OF oc SKIP LOCKED`,
        [now, horizon, limit],
      );
      for (const r of rows) {
        await this.bus.publish(manager, {
          type: 'order.starting',
          aggregateType: 'order',
          aggregateId: r.order_id,
          payload: {
            orderId: r.order_id,
            occurrenceId: r.id,
            startsAt: new Date(r.starts_at).toISOString(),
            place: r.place,
          },
        });
        await manager.update(OrderOccurrenceEntity, { id: r.id }, { reminderSentAt: now });
        await this.store.addEvent(manager, r.order_id, null, OrderEventType.ReminderSent, {
          occurrenceId: r.id,
        });
      }
      return rows.length;
    });
  }
}
