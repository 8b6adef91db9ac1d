import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobsService } from '../jobs/jobs.service';
import { AuthErrorCode, authProblem } from './auth.exception';
import { LoginAttemptEntity } from './entities/login-attempt.entity';

/**
 * Limits failed sign-ins per account and per network address within a sliding window, kept in
 * PostgreSQL so that every API instance counts the same attempts.
 */
@Injectable()
export class LoginThrottleService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('login-attempts-purge', () => this.purgeOlderThan(30), { cron: '30 3 * * *' });
  }

  /** Sign-in attempts are kept only as long as the throttle and an investigation need them. */
  async purgeOlderThan(days: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_attempt WHERE attempted_at < now() - make_interval(days => $1)`, [days]);
  }

  async assertAllowed(account: string, address: string): Promise<void> {
    const windowMinutes = this.config.LOGIN_WINDOW_MINUTES;
    const [row] = await this.dataSource.query<Array<{ by_account: string; by_address: string }>>(
      `SELECT
         (SELECT count(*) FROM login_attempt a
           WHERE a.account = $1 AND NOT a.succeeded
             AND a.attempted_at > now() - make_interval(mins => $3)
             AND a.attempted_at > coalesce((SELECT max(s.attempted_at) FROM login_attempt s
                                             WHERE s.account = $1 AND s.succeeded), '-infinity')) AS by_account,
         (SELECT count(*) FROM login_attempt b
           WHERE b.address = $2 AND NOT b.succeeded
             AND b.attempted_at > now() - make_interval(mins => $3)) AS by_address`,
      [account, address, windowMinutes],
    );
    if (
      Number(row.by_account) >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT ||
      Number(row.by_address) >= this.config.LOGIN_MAX_FAILURES_PER_ADDRESS
    ) {
      throw authProblem(
        AuthErrorCode.TooManyAttempts,
        'Too many attempts',
        `Too many failed sign-ins. Try again in ${windowMinutes} minutes.`,
        { 'retry-after': String(windowMinutes * 60) },
      );
    }
  }

  async record(account: string, address: string, succeeded: boolean): Promise<void> {
    await this.dataSource.getRepository(LoginAttemptEntity).insert({ account, address, succeeded });
  }
}
