import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** pg-boss: background jobs and Helsinki-time cron for every module (each registers its own). */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
