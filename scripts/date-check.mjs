#!/usr/bin/env node
// `pnpm test:dates`: proves that no test depends on the real date or the machine's time zone. It runs
// the date-sensitive suites — the API's rules (business days, orders, fees, matching, reminders) and its
// orders, matching, fees, notifications and demo-seed integration tests, and the web's rules and shared
// formatting tests — with the machine's clock moved by libfaketime (Debian package `faketime`) to the
// days that have broken them before: a Friday, a Sunday, the spring DST change in Helsinki, Christmas
// Eve and New Year's Eve late in the evening, in more than one time zone. PostgreSQL stays on the real clock
// (FAKETIME_SKIP_CMDS): its own timers misbehave under a faked one.
//   pnpm test:dates                 every day below
//   pnpm test:dates 2027-03-28      only the days whose date starts so
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');

const DAYS = [
  { at: '2026-12-04 10:00:00', tz: 'Europe/Helsinki', what: 'a Friday' },
  { at: '2026-12-06 18:00:00', tz: 'UTC', what: 'a Sunday' },
  { at: '2027-03-28 12:00:00', tz: 'Europe/Helsinki', what: 'the spring DST change in Helsinki' },
  { at: '2026-12-24 10:00:00', tz: 'America/New_York', what: 'Christmas Eve' },
  { at: '2026-12-31 23:30:00', tz: 'Europe/Helsinki', what: "New Year's Eve, 23:30" },
];

const API_SUITES = [
  'src/common/business-days.spec.ts',
  'src/orders/orders.rules.spec.ts',
  'src/fees/fees.rules.spec.ts',
  'src/matching/',
  'src/notifications/',
  'test/orders.spec.ts',
  'test/matching.spec.ts',
  'test/fees.spec.ts',
  'test/notifications.spec.ts',
  'test/seed.spec.ts',
];

const probe = spawnSync('faketime', ['2026-12-31 23:30:00', 'date', '+%F'], { encoding: 'utf8' });
if (probe.status !== 0 || !probe.stdout.startsWith('2026-12-31')) {
  console.error('faketime is missing or does not work here: install it with `apt-get install -y faketime`.');
  process.exit(1);
}

const only = process.argv[2];
let failed = 0;
for (const day of DAYS.filter((d) => !only || d.at.startsWith(only))) {
  const env = {
    ...process.env,
    TZ: day.tz,
    FAKETIME_SKIP_CMDS: 'postgres,initdb,pg_ctl',
    FAKETIME_DONT_RESET: '1',
    DATABASE_URL: '',
  };
  const label = `${day.what} (${day.at} ${day.tz})`;
  const runs = [
    ['api', ['--filter', '@kokemus/api', 'exec', 'jest', ...API_SUITES]],
    ['web', ['--filter', '@kokemus/web', 'exec', 'vitest', 'run', 'src/features/', 'src/shared/']],
  ];
  for (const [side, args] of runs) {
    console.log(`::: ${side} tests on ${label}`);
    const res = spawnSync('faketime', [day.at, 'pnpm', ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...env, KOKEMUS_TEST_LABEL: `${side === 'api' ? 'jest (api)' : 'vitest (web rules)'} on ${day.at} ${day.tz}` },
    });
    if (res.status !== 0) {
      failed++;
      console.error(`::: ${side} tests FAILED on ${label}`);
    }
  }
}
process.exit(failed ? 1 : 0);
