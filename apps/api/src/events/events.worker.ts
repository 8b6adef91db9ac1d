import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { safeErrorForLog } from '../common/problem.filter';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobsService } from '../jobs/jobs.service';
import { EventBus } from './event-bus';
import { DELIVER_EVENT_QUEUE, OutboxService } from './outbox.service';

/**
 * In processes that run jobs: relays the outbox every OUTBOX_POLL_MS into the job queue, whose
 * handler gives each event to the bus's after-commit subscribers (notifications among them).
 */
@Injectable()
export class EventsWorker implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EventsWorker');
  private timer: NodeJS.Timeout | undefined;
  private relaying = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly outbox: OutboxService,
    private readonly bus: EventBus,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ eventId: string }>(DELIVER_EVENT_QUEUE, (d) => this.bus.deliver(d.eventId));
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
