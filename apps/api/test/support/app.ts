import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { UserUnitEntity } from '../../src/auth/entities/user-unit.entity';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { ApiClientEntity } from '../../src/auth/entities/api-client.entity';
import { UserEntity } from '../../src/auth/entities/user.entity';
import { hashPassword } from '../../src/auth/password';
import { Role, Scope } from '../../src/common/access/roles';
import { helsinkiDate, helsinkiInstant } from '../../src/common/business-days';
import { Clock } from '../../src/common/clock';
import { AppConfig, loadConfig } from '../../src/config/config';
import { OrgUnitEntity, UnitKind } from '../../src/units/org-unit.entity';
import { cloneTemplateDatabase, TestDatabase } from './db';

export const PASSWORD = 'correct horse battery staple';

/**
 * The "now" of every integration test: Wednesday 16 September 2026, 11:00 in Helsinki — an ordinary
 * working week, months from any public holiday, year end or clock change. The app's clock starts here
 * (and ticks on), so no test depends on the real date; build relative dates from `t.now()`, and from
 * the clock in SQL by passing it as a parameter, never with SQL `now()`.
 */
export const TEST_NOW = new Date('2026-09-16T08:00:00.000Z');
export const DAY_MS = 86_400_000;

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  db: TestDatabase;
  dataSource: DataSource;
  http(): ReturnType<typeof request>;
  /** The app's clock: TEST_NOW and the time the test has run since. */
  now(): Date;
  /** `now()` moved by whole days (negative: in the past). */
  daysFromNow(days: number, hour?: number): Date;
  /** Moves the app's clock to an instant (it ticks on from there). */
  setNow(instant: Date): void;
  /** Brings the clock back to TEST_NOW plus the time the test has run, after `setNow`. */
  resetClock(): void;
  /** Drops the database too. */
  close(): Promise<void>;
  /** Stops the app but keeps its database (to start another app on it). */
  stop(): Promise<void>;
}

/** The real application on its own freshly cloned database. */
export async function startTestApp(
  env: Record<string, string> = {},
  existing?: TestDatabase,
  logDestination?: NodeJS.WritableStream,
): Promise<TestApp> {
  const db = existing ?? (await cloneTemplateDatabase());
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', JOBS_ENABLED: 'false', ...env });
  const app = await createApp(config, db.url, { serveWeb: false, logDestination });
  await app.getHttpAdapter().getInstance().ready();
  const clock = app.get(Clock);
  const began = Date.now();
  const resetClock = () => clock.setNow(new Date(TEST_NOW.getTime() + (Date.now() - began)));
  resetClock();
  return {
    app,
    config,
    db,
    dataSource: app.get(DataSource),
    http: () => request(app.getHttpServer()),
    now: () => clock.now(),
    daysFromNow: (days, hour) => daysFrom(clock.now(), days, hour),
    setNow: (instant) => clock.setNow(instant),
    resetClock,
    close: async () => {
      await app.close();
      await db.drop();
    },
    stop: async () => {
      await app.close();
    },
  };
}

/** `from` moved by whole days; with `hour`, at that hour of that day on the Helsinki wall clock. */
export function daysFrom(from: Date, days: number, hour?: number): Date {
  const d = new Date(from.getTime() + days * DAY_MS);
  return hour === undefined ? d : helsinkiInstant(helsinkiDate(d), hour, 0);
}

let counter = 0;
const uniq = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function makeUnit(
  ds: DataSource,
  overrides: Partial<Pick<OrgUnitEntity, 'kind' | 'name' | 'nameSv' | 'costCentre' | 'parentId' | 'active'>> = {},
): Promise<OrgUnitEntity> {
  const repo = ds.getRepository(OrgUnitEntity);
  return repo.save(
    repo.create({
      kind: UnitKind.ResultArea,
      name: `Yksikkö ${uniq()}`,
      costCentre: `T-${uniq()}`.toUpperCase(),
      parentId: null,
      ...overrides,
    }),
  );
}

let hashed: Promise<string> | undefined;

export async function makeUser(
  ds: DataSource,
  roles: Role[],
  units: OrgUnitEntity[] = [],
  overrides: Partial<Pick<UserEntity, 'email' | 'displayName' | 'active'>> = {},
): Promise<UserEntity> {
  hashed ??= hashPassword(PASSWORD);
  const repo = ds.getRepository(UserEntity);
  const user = await repo.save(
    repo.create({
      email: `user-${uniq()}@example.test`,
      displayName: 'Testi Henkilö',
      passwordHash: await hashed,
      roles,
      ...overrides,
    } as Partial<UserEntity>),
  );
  for (const unit of units) await ds.getRepository(UserUnitEntity).insert({ userId: user.id, unitId: unit.id });
  return user;
}

export async function makeClient(ds: DataSource, scopes: Scope[], secret = 'client-secret-123'): Promise<ApiClientEntity> {
  const repo = ds.getRepository(ApiClientEntity);
  return repo.save(repo.create({ clientId: `client-${uniq()}`, name: 'Test payroll', secretHash: await hashPassword(secret), scopes }));
}

export async function login(t: TestApp, email: string, password = PASSWORD): Promise<{ token: string; cookie: string }> {
  const res = await t.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
  return { token: res.body.accessToken as string, cookie: refreshCookieOf(res.headers['set-cookie']) };
}

export async function tokenFor(t: TestApp, roles: Role[], units: OrgUnitEntity[] = []): Promise<string> {
  const user = await makeUser(t.dataSource, roles, units);
  return (await login(t, user.email)).token;
}

export function refreshCookieOf(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const c = all.find((x) => x.startsWith('kokemus_refresh='));
  return c ? c.split(';')[0] : '';
}

export async function auditRows(ds: DataSource, action: string) {
  return ds.query<Array<Record<string, unknown>>>(
    'SELECT * FROM audit_event WHERE action = $1 ORDER BY id',
    [action],
  );
}

/** Polls until `check` returns a truthy value (or fails after `timeoutMs`). */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('Condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export { Role, Scope, UnitKind };
