import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus';
import { EventsWorker } from './events.worker';
import { OutboxService } from './outbox.service';

/** The domain-event bus and its outbox (`outbox_event`): every module publishes and reacts through it. */
@Global()
@Module({
  providers: [OutboxService, EventBus, EventsWorker],
  exports: [EventBus],
})
export class EventsModule {}
