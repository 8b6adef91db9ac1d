import { Global, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';

/** Stored answers to Idempotency-Key requests are kept a week: long enough for any retry. */
@Injectable()
export class IdempotencyHousekeeping implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('idempotency-housekeeping', () => this.purgeOlderThan(7), { cron: '40 3 * * *' });
  }

  async purgeOlderThan(days: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_record WHERE created_at < now() - make_interval(days => $1)`, [days]);
  }
}

/** `idempotency_record`: the stored answers of POSTs sent with an Idempotency-Key (orders, payroll). */
@Global()
@Module({ providers: [IdempotencyHousekeeping] })
export class IdempotencyModule {}
