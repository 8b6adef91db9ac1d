import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Where the repository root is, whether we run from src (tests) or dist. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const intIn = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: intIn(0, 65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default(join(REPO_ROOT, '.data')),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DB_POOL_MAX: intIn(1, 200).default(10),
  DB_CONNECT_TIMEOUT_MS: intIn(100, 120_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: intIn(100, 600_000).default(15_000),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)')
    .optional(),
  JWT_ISSUER: z.string().min(1).default('kokemus'),
  JWT_AUDIENCE: z.string().min(1).default('kokemus-api'),
  ACCESS_TOKEN_TTL_SECONDS: intIn(30, 3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: intIn(1, 90).default(14),
  CLIENT_TOKEN_TTL_SECONDS: intIn(60, 3600).default(600),
  LOGIN_WINDOW_MINUTES: intIn(1, 1440).default(15),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: intIn(1, 1000).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: intIn(1, 10_000).default(20),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url())),
  TRUST_PROXY: bool.default(false),
  BODY_LIMIT_BYTES: intIn(1024, 50 * 1024 * 1024).default(1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default(join(REPO_ROOT, 'apps', 'web', 'dist')),
  SEED_DEMO: bool.optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Kokemus <kokemus@localhost>'),
  JOBS_ENABLED: bool.default(true),
  OUTBOX_POLL_MS: intIn(100, 60_000).default(1_000),
  REMINDER_SCAN_CRON: z.string().min(9).default('*/10 * * * *'),
  /** Coordinators answer a new order within this many business days (the inbox's deadline). */
  ORDER_ANSWER_BUSINESS_DAYS: intIn(1, 20).default(2),
  /** A cancellation from the start of the Nth business day before the task is late (fees may apply). */
  ORDER_LATE_CANCEL_BUSINESS_DAYS: intIn(0, 20).default(2),
  /** The orderer is reminded this many business days before each occurrence. */
  ORDER_REMINDER_BUSINESS_DAYS: intIn(1, 10).default(1),
  ORDER_REMINDER_CRON: z.string().min(9).default('5 * * * *'),
  /** Business days each owner of a fee claim has for their step (expert, orderer, approver, payroll, coordinator). */
  FEE_EXPERT_BUSINESS_DAYS: intIn(1, 30).default(5),
  FEE_ORDERER_BUSINESS_DAYS: intIn(1, 30).default(3),
  FEE_APPROVER_BUSINESS_DAYS: intIn(1, 30).default(3),
  FEE_PAYROLL_BUSINESS_DAYS: intIn(1, 30).default(10),
  FEE_COORDINATOR_BUSINESS_DAYS: intIn(1, 30).default(2),
  /** What a late cancellation by the orderer pays of the fee: full, half or none. */
  FEE_LATE_CANCEL_RULE: z.enum(['full', 'half', 'none']).default('full'),
  /** The public application form: sent forms per network address per hour, and per e-mail address per day. */
  APPLICATION_MAX_PER_ADDRESS_PER_HOUR: intIn(1, 10_000).default(5),
  APPLICATION_MAX_PER_EMAIL_PER_DAY: intIn(1, 100).default(3),
  /** The participants' anonymous form (QR code): answers per network address per hour per task time (a class
   * on one school network shares an address), and answers per task time in all. */
  PARTICIPANT_FEEDBACK_MAX_PER_ADDRESS_PER_HOUR: intIn(1, 10_000).default(60),
  PARTICIPANT_FEEDBACK_MAX_PER_LINK: intIn(1, 100_000).default(500),
  /** Hours the confirmation link of a sent form works (the unconfirmed form is deleted after it). */
  APPLICATION_CONFIRM_HOURS: intIn(1, 168).default(48),
  /** Days the link of an invitation to set a new account's password works. */
  INVITATION_TTL_DAYS: intIn(1, 30).default(7),
  /** An application waiting on the applicant or the guardian is reminded after, and closed after, these calendar days. */
  APPLICATION_REMIND_AFTER_DAYS: intIn(1, 90).default(14),
  APPLICATION_CLOSE_AFTER_DAYS: intIn(2, 180).default(28),
  DEMO_PASSWORD: z.string().min(8).default('kokemus-demo'),
  DEMO_PAYROLL_SECRET: z.string().min(8).default('kokemus-demo-payroll'),
});

export type AppConfig = Omit<z.infer<typeof envSchema>, 'JWT_SECRET' | 'ENCRYPTION_KEY' | 'SEED_DEMO' | 'PUBLIC_URL'> & {
  JWT_SECRET: string;
  ENCRYPTION_KEY: string;
  PUBLIC_URL: string;
  SEED_DEMO: boolean;
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Reads and validates the environment. Outside production a missing JWT secret is generated once and
 * kept under DATA_DIR, so a demo restart keeps people signed in; in production it must be given.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const c = parsed.data;
  let jwtSecret = c.JWT_SECRET;
  if (!jwtSecret) {
    if (c.NODE_ENV === 'production') throw new ConfigError(['JWT_SECRET: required when NODE_ENV=production']);
    jwtSecret = c.NODE_ENV === 'test' ? randomBytes(32).toString('hex') : devSecret(c.DATA_DIR, 'jwt');
  }
  let encryptionKey = c.ENCRYPTION_KEY;
  if (!encryptionKey) {
    if (c.NODE_ENV === 'production') throw new ConfigError(['ENCRYPTION_KEY: required when NODE_ENV=production']);
    encryptionKey =
      c.NODE_ENV === 'test' ? randomBytes(32).toString('base64') : devSecret(c.DATA_DIR, 'encryption', () => randomBytes(32).toString('base64'));
  }
  return {
    ...c,
    JWT_SECRET: jwtSecret,
    ENCRYPTION_KEY: encryptionKey,
    PUBLIC_URL: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    SEED_DEMO: c.SEED_DEMO ?? c.NODE_ENV !== 'production',
  };
}

function devSecret(dataDir: string, name: string, make: () => string = () => randomBytes(32).toString('hex')): string {
  const file = join(dataDir, 'dev-secrets.json');
  const secrets: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  if (!secrets[name]) {
    secrets[name] = make();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets[name];
}
