import { seedDemoIfEmpty } from '../src/database/seed/demo-seed';
import { login, startTestApp, TestApp } from './support/app';

describe('the demo county', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_PASSWORD: 'demo-password-1' });
  });
  afterAll(() => t.close());

  it('seeds an empty database once: units, one user per role, ~200 experts, the payroll client', async () => {
    expect(await seedDemoIfEmpty(t.dataSource, t.config)).toBe(true);
    expect(await seedDemoIfEmpty(t.dataSource, t.config)).toBe(false);
    const [counts] = await t.dataSource.query(`SELECT
      (SELECT count(*)::int FROM org_unit) AS units,
      (SELECT count(*)::int FROM user_account) AS users,
      (SELECT count(*)::int FROM expert) AS experts,
      (SELECT count(*)::int FROM expert WHERE status = 'active') AS active,
      (SELECT count(*)::int FROM expert WHERE status IN ('paused', 'left')) AS away,
      (SELECT count(DISTINCT tier_code)::int FROM expert WHERE tier_code IS NOT NULL) AS tiers,
      (SELECT count(*)::int FROM api_client) AS clients`);
    expect(counts.units).toBeGreaterThan(20);
    expect(counts.users).toBe(6);
    expect(counts.experts).toBe(200);
    expect(counts.active).toBeGreaterThan(120);
    expect(counts.away).toBeGreaterThan(3);
    expect(counts.tiers).toBeGreaterThanOrEqual(3);
    expect(counts.clients).toBe(1);
  });

  it('the demo expert signs in and sees their own profile', async () => {
    const { token } = await login(t, 'expert@kokemus.test', 'demo-password-1');
    const me = await t.http().get('/api/v1/experts/me').set('authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ firstName: 'Liisa', lastName: 'Virtanen', status: 'active', tier: 'trained' });
    expect(me.body.areas).toEqual([
      { code: 'mental_health', visibleToOrderers: true },
      { code: 'relative_carer', visibleToOrderers: false },
    ]);
  });

  it('is never seeded in production', async () => {
    expect(await seedDemoIfEmpty(t.dataSource, { ...t.config, NODE_ENV: 'production' })).toBe(false);
  });
});
