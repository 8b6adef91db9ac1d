import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CommonModule } from './common/common.module';
import { EventsModule } from './events/events.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { JobsModule } from './jobs/jobs.module';
import { ProblemFilter } from './common/problem.filter';
import { RequestContextInterceptor } from './common/request-context.interceptor';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { CatalogModule } from './catalog/catalog.module';
import { HealthModule } from './health/health.module';
import { RegistryModule } from './registry/registry.module';
import { OnboardingModule } from './onboarding/onboarding.module';
import { loggerOptions } from './logging';
import { NotificationsModule } from './notifications/notifications.module';
import { OrdersModule } from './orders/orders.module';
import { FeesModule } from './fees/fees.module';
import { FeedbackModule } from './feedback/feedback.module';
import { MatchingModule } from './matching/matching.module';
import { UnitsModule } from './units/units.module';

@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    databaseUrl: string,
    logDestination?: NodeJS.WritableStream,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, databaseUrl),
        LoggerModule.forRoot(loggerOptions(config, logDestination)),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, {
            poolMax: config.DB_POOL_MAX,
            connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
            statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
          }),
          retryAttempts: 2,
          retryDelay: 1_000,
        }),
        CommonModule,
        JobsModule,
        EventsModule,
        IdempotencyModule,
        AuditModule,
        AuthModule,
        CatalogModule,
        HealthModule,
        RegistryModule,
        OnboardingModule,
        NotificationsModule,
        OrdersModule,
        MatchingModule,
        FeesModule,
        FeedbackModule,
        UnitsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
      ],
    };
  }
}
