import { Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { JobsService } from '../jobs/jobs.service';
import { MailerService } from './mailer.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NotificationsWorker } from './notifications.worker';
import { OutboxService } from './outbox.service';
import { RemindersService } from './reminders.service';
import { LoggingSmsTransport, SMS_TRANSPORT } from './sms';

/** Outbox, e-mail, in-app notifications, reminders. Other modules use OutboxService and RemindersService. */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [
    Clock,
    JobsService,
    MailerService,
    NotificationsService,
    OutboxService,
    RemindersService,
    NotificationsWorker,
    { provide: SMS_TRANSPORT, useClass: LoggingSmsTransport },
  ],
  exports: [Clock, JobsService, OutboxService, RemindersService, NotificationsService, SMS_TRANSPORT],
})
export class NotificationsModule {}
