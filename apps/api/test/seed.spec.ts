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

  it('puts orders in every state in motion, with timelines the orderer can follow', async () => {
    const rows = await t.dataSource.query<Array<{ status: string; n: number }>>(
      'SELECT status, count(*)::int AS n FROM task_order GROUP BY status ORDER BY status',
    );
    expect(rows.map((r) => r.status)).toEqual([
      'cancelled',
      'closed',
      'delivered',
      'draft',
      'in_matching',
      'partly_staffed',
      'staffed',
      'submitted',
    ]);
    const { token } = await login(t, 'orderer@kokemus.test', 'demo-password-1');
    const mine = await t.http().get('/api/v1/orders').set('authorization', `Bearer ${token}`).expect(200);
    const bench = mine.body.items.find((o: { productCode: string }) => o.productCode === 'chat_bench');
    // every Tuesday for eight weeks on four wards (a Tuesday holiday drops a week)
    expect(bench.status).toBe('in_matching');
    expect(bench.occurrenceCount % 4).toBe(0);
    expect(bench.occurrenceCount).toBeGreaterThanOrEqual(28);
    const timeline = await t
      .http()
      .get(`/api/v1/orders/${bench.id}/timeline`)
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'submitted',
      'matching_started',
    ]);
    const coordinator = await login(t, 'coordinator@kokemus.test', 'demo-password-1');
    const inbox = await t
      .http()
      .get('/api/v1/orders/inbox')
      .set('authorization', `Bearer ${coordinator.token}`)
      .expect(200);
    expect(inbox.body.items[0].overdue).toBe(true);
    expect(inbox.body.items.length).toBeGreaterThanOrEqual(5);
  });

  it('is never seeded in production', async () => {
    expect(await seedDemoIfEmpty(t.dataSource, { ...t.config, NODE_ENV: 'production' })).toBe(false);
  });
});
