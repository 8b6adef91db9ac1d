import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { safeErrorForLog } from '../common/problem.filter';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService, SEND_EMAIL_QUEUE } from './notifications.service';
import { DELIVER_EVENT_QUEUE, OutboxService } from './outbox.service';
import { RemindersService } from './reminders.service';

/**
 * In processes that run jobs: registers the queues, relays the outbox every OUTBOX_POLL_MS, scans
 * reminders on a Helsinki-time cron, and prunes old sign-in attempts nightly.
 */
@Injectable()
export class NotificationsWorker implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationsWorker');
  private timer: NodeJS.Timeout | undefined;
  private relaying = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly reminders: RemindersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ eventId: string }>(DELIVER_EVENT_QUEUE, (d) => this.notifications.deliverEvent(d.eventId));
    this.jobs.register<{ emailId: string }>(SEND_EMAIL_QUEUE, (d) => this.notifications.sendEmail(d.emailId));
    this.jobs.register('reminders-scan', async () => {
      await this.reminders.scan();
    }, { cron: this.config.REMINDER_SCAN_CRON });
    this.jobs.register('housekeeping', async () => {
      await this.dataSource.query(`DELETE FROM login_attempt WHERE attempted_at < now() - interval '30 days'`);
    }, { cron: '30 3 * * *' });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.start();
    if (!this.jobs.enabled) return;
    this.timer = setInterval(() => void this.relay(), this.config.OUTBOX_POLL_MS);
    this.timer.unref();
    void this.relay();
  }

  /** One relay pass; skipped while the previous one still runs. */
  async relay(): Promise<void> {
    if (this.relaying) return;
    this.relaying = true;
    try {
      while ((await this.outbox.dispatchPending()) > 0) {
        // keep going while there is a backlog
      }
    } catch (err) {
      this.logger.error({ failure: safeErrorForLog(err) }, 'Outbox relay failed; will retry');
    } finally {
      this.relaying = false;
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
