import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { PoolClient } from 'pg';
import { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG, DATABASE_URL } from '../config/config.module';
import { HELSINKI } from '../common/business-days';
import { safeErrorForLog } from '../common/problem.filter';

export type JobHandler<T> = (data: T) => Promise<void>;

interface Registration {
  name: string;
  handler: JobHandler<never>;
  cron?: string;
  batchSize: number;
}

/** The pg-boss schema name; the template database of the tests is prepared with the same. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * Background jobs on pg-boss (PostgreSQL-backed). Modules register queues and cron schedules at
 * start-up; `send(..., manager)` enqueues inside the caller's transaction, so a job exists exactly
 * when the change that asked for it is committed.
 */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss | undefined;
  private readonly registrations: Registration[] = [];
  private started = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  /** Declares a queue and its worker (and an optional cron schedule in Helsinki time). */
  register<T>(name: string, handler: JobHandler<T>, options: { cron?: string; batchSize?: number } = {}): void {
    this.registrations.push({ name, handler: handler as JobHandler<never>, cron: options.cron, batchSize: options.batchSize ?? 1 });
  }

  get enabled(): boolean {
    return this.config.JOBS_ENABLED;
  }

  /**
   * Every process can enqueue; only processes with JOBS_ENABLED run workers, cron and maintenance.
   */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: JOBS_SCHEMA,
      max: 4,
      application_name: 'kokemus-jobs',
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
      expireInMinutes: 15,
      cronMonitorIntervalSeconds: 30,
      supervise: this.enabled,
      schedule: this.enabled,
    });
    this.boss.on('error', (err) => this.logger.error({ failure: safeErrorForLog(err) }, 'pg-boss error'));
    await this.boss.start();
    for (const r of this.registrations) {
      await this.boss.createQueue(r.name);
      if (!this.enabled) continue;
      await this.boss.work<never>(r.name, { batchSize: r.batchSize, pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) await r.handler(job.data);
      });
      if (r.cron) await this.boss.schedule(r.name, r.cron, {}, { tz: HELSINKI, singletonKey: r.name });
    }
  }

  /** Enqueues a job; with a manager, inside that transaction (the job exists exactly if it commits). */
  async send(name: string, data: object, manager?: EntityManager, options: PgBoss.SendOptions = {}): Promise<void> {
    if (!this.boss) throw new Error(`Cannot send job ${name}: the job queue is not started`);
    if (manager) {
      const client = (await manager.queryRunner!.connect()) as PoolClient;
      const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
      await this.boss.send(name, data, { ...options, db });
      return;
    }
    await this.boss.send(name, data, options);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.boss) {
      await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => undefined);
      this.boss = undefined;
    }
  }
}
