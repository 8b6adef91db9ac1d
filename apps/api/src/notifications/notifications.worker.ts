import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService, SEND_EMAIL_QUEUE } from './notifications.service';
import { RemindersService } from './reminders.service';

/** In processes that run jobs: sends e-mail from its queue and scans reminders on a Helsinki-time cron. */
@Injectable()
export class NotificationsWorker implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly reminders: RemindersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ emailId: string }>(SEND_EMAIL_QUEUE, (d) => this.notifications.sendEmail(d.emailId));
    this.jobs.register(
      'reminders-scan',
      async () => {
        await this.reminders.scan();
      },
      { cron: this.config.REMINDER_SCAN_CRON },
    );
  }
}
