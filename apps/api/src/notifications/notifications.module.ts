import { Global, Module } from '@nestjs/common';
import { MailerService } from './mailer.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NotificationsWorker } from './notifications.worker';
import { RemindersService } from './reminders.service';
import { LoggingSmsTransport, SMS_TRANSPORT } from './sms';

/**
 * E-mail, in-app notifications, preferences and reminders. It subscribes to every fact on the event bus
 * (after the commit) and tells people; other modules open and close reminders through RemindersService.
 */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [
    MailerService,
    NotificationsService,
    RemindersService,
    NotificationsWorker,
    { provide: SMS_TRANSPORT, useClass: LoggingSmsTransport },
  ],
  exports: [RemindersService, NotificationsService, SMS_TRANSPORT],
})
export class NotificationsModule {}
