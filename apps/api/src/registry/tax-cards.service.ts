import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { helsinkiDate } from '../common/business-days';
import { UsersService } from '../auth/users.service';
import { Clock } from '../common/clock';
import { EventBus } from '../events/event-bus';
import { JobsService } from '../jobs/jobs.service';
import type { Delivery, PlannedEvent } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import { taxCardDueSql, taxCardReminderYear } from './registry.rules';

/** The registry's list that shows whose tax card is missing (docs/fees.md, the tax card). */
export const TAX_CARD_LIST = '/registry?taxCardMissing=true';

/**
 * The yearly tax card (*verokortti*): every January payroll needs the new year's card of everyone it
 * pays. Each day in January the people who still have none for the year (and were not yet reminded of
 * it) are reminded once, in the app and by e-mail; on the first run of the year the coordinators are
 * told how many are missing, with a link to the list.
 */
@Injectable()
export class TaxCardsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bus: EventBus,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      'tax-card-reminders',
      async () => {
        await this.remind();
      },
      { cron: '0 9 * 1 *' },
    );
    this.notifications.registerPlanner('expert.tax_card_due', async (event) => this.planExpert(event));
    this.notifications.registerPlanner('registry.tax_cards_missing', (event, manager) =>
      this.planCoordinators(event, manager),
    );
  }

  /** Reminds those whose card for this year is missing; returns how many were reminded now (0 outside January). */
  async remind(): Promise<number> {
    const year = taxCardReminderYear(helsinkiDate(this.clock.now()));
    if (year === null) return 0;
    return this.dataSource.transaction(async (manager) => {
      const firstRun =
        (
          await manager.query<Array<{ n: number }>>(
            `SELECT count(*)::int AS n FROM expert WHERE tax_card_reminded_for = $1`,
            [year],
          )
        )[0].n === 0;
      // a CTE, so the driver answers the updated rows as it does a SELECT's
      const reminded = await manager.query<Array<{ id: string; user_id: string | null }>>(
        `WITH due AS (
           UPDATE expert e SET tax_card_reminded_for = $1
            WHERE ${taxCardDueSql('e', '$1')}
              AND tax_card_reminded_for IS DISTINCT FROM $1
            RETURNING id, user_id)
         SELECT id, user_id FROM due`,
        [year],
      );
      await this.bus.publishMany(
        manager,
        reminded
          .filter((r) => r.user_id)
          .map((r) => ({
            type: 'expert.tax_card_due',
            aggregateType: 'expert',
            aggregateId: r.id,
            payload: { expertId: r.id, userId: r.user_id, year },
          })),
      );
      if (firstRun && reminded.length)
        await this.bus.publish(manager, {
          type: 'registry.tax_cards_missing',
          payload: { year, count: reminded.length },
        });
      return reminded.length;
    });
  }

  private planExpert(event: PlannedEvent): Delivery[] {
    const p = event.payload as { userId: string; year: number };
    return [{ userId: p.userId, template: 'expert.tax_card', params: { year: p.year } }];
  }

  private async planCoordinators(event: PlannedEvent, manager: EntityManager): Promise<Delivery[]> {
    const p = event.payload as { year: number; count: number };
    return (await this.users.coordinatorIds(manager)).map((userId) => ({
      userId,
      template: 'registry.tax_cards_missing' as const,
      params: { year: p.year, count: p.count, link: TAX_CARD_LIST },
    }));
  }
}
