// The coordinators' inbox and the order list over 1,000,000 orders: p95 per page at the API (goal ≤ 50 ms),
// with one and with two requests in flight on the 2-core machine.
import { measure, signInAs, startBenchApi, writeResults } from './harness.mjs';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const ctx = await startBenchApi();
try {
  const t0 = Date.now();
  // 40 units under one service area; the bench orderer belongs to the first
  await ctx.db.query(`INSERT INTO org_unit (kind, name, cost_centre) VALUES ('service_area', 'Bench-palvelualue', 'B-0')`);
  await ctx.db.query(`
    INSERT INTO org_unit (kind, name, cost_centre, parent_id)
    SELECT 'unit', 'Bench-yksikkö ' || g, 'B-' || g, (SELECT id FROM org_unit WHERE cost_centre = 'B-0') FROM generate_series(1, 40) g`);
  const token = await signInAs(ctx, 'coordinator');
  await signInAs(ctx, 'orderer');
  await ctx.db.query(`INSERT INTO user_unit (user_id, unit_id)
    SELECT u.id, o.id FROM user_account u, org_unit o WHERE u.email = 'bench-orderer@example.test' AND o.cost_centre = 'B-1'`);
  const ordererToken = await signInAs(ctx, 'orderer'); // signed in again: the token carries the unit
  const [{ id: creator }] = (await ctx.db.query(`SELECT id FROM user_account WHERE email = 'bench-coordinator@example.test'`)).rows;
  // Five years of orders; the share of each state as in a county in motion (most are long closed).
  await ctx.db.query(
    `
    WITH g AS (
      SELECT g, now() - interval '5 years' + (g::double precision / $1) * interval '5 years 2 months' AS created,
             (ARRAY['closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed','closed',
                    'cancelled','delivered','staffed','partly_staffed','in_matching','submitted','draft'])[1 + ((g::bigint * 7919) % 21)::int] AS status
        FROM generate_series(1, $1) g)
    INSERT INTO task_order (number, status, unit_id, cost_centre, contact_user_id, contact_name, contact_email, product_code, title,
      description, mode, place, municipality_code, language_code, expert_count, starts_at, ends_at, occurrence_count,
      submitted_at, answer_due_at, answered_at, inbox_due_at, cancelled_at, cancel_reason, delivered_at, closed_at, created_by, created_at, updated_at)
    SELECT 'T-' || extract(year FROM created)::int || '-' || lpad(g::text, 6, '0'), status,
           (SELECT id FROM org_unit WHERE cost_centre = 'B-' || (1 + g % 40)), 'B-' || (1 + g % 40),
           $2, 'Bench', 'bench@example.test',
           (ARRAY['talk','workshop','pair_work','chat_bench','day_in_life','reception','group_facilitation','training','procurement','body_membership','communications','outreach'])[1 + g % 12],
           (ARRAY['Kokemuspuheenvuoro','Työpaja','Juttupenkki','Koulutus','Vastaanotto','Ryhmä'])[1 + g % 6] || ' ' || (ARRAY['osastolle','tiimille','asukkaille','opiskelijoille','henkilöstölle'])[1 + (g / 6) % 5] || ' ' || g,
           'Kuvaus', 'in_person', 'Paikka', (ARRAY['jyvaskyla','jamsa','keuruu','saarijarvi','laukaa','aanekoski','muurame','viitasaari'])[1 + (g / 40) % 8], 'fi',
           1 + (g % 3 = 0)::int,
           created + interval '14 days', created + interval '14 days 2 hours', 1,
           CASE WHEN status <> 'draft' THEN created + interval '10 minutes' END,
           CASE WHEN status <> 'draft' THEN created + interval '2 days' END,
           CASE WHEN status NOT IN ('draft','submitted','cancelled') THEN created + interval '1 day' END,
           CASE WHEN status = 'submitted' THEN created + interval '2 days'
                WHEN status IN ('in_matching','partly_staffed') THEN created + interval '14 days' END,
           CASE WHEN status = 'cancelled' THEN created + interval '3 days' END,
           CASE WHEN status = 'cancelled' THEN 'Peruttu' END,
           CASE WHEN status IN ('delivered','closed') THEN created + interval '14 days 2 hours' END,
           CASE WHEN status = 'closed' THEN created + interval '20 days' END,
           $2, created, created
      FROM g`,
    [ORDERS, creator],
  );
  await ctx.db.query('ANALYZE');
  const [{ n: open }] = (await ctx.db.query(`SELECT count(*)::int AS n FROM task_order WHERE status IN ('submitted','in_matching','partly_staffed')`)).rows;
  console.log(`Loaded ${ORDERS} orders (${open} open) in ${Date.now() - t0} ms`);

  const as = (tok) => ({ authorization: `Bearer ${tok}` });
  const get = async (path, tok = token) => {
    const res = await fetch(`${ctx.base}${path}`, { headers: as(tok) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const deep = async (path, pages) => {
    let cursor = null;
    for (let i = 0; i < pages; i++) cursor = (await get(`${path}${cursor ? `&cursor=${cursor}` : ''}`)).nextCursor;
    return `${path}&cursor=${cursor}`;
  };
  const inboxDeep = await deep('/api/v1/orders/inbox?limit=50', 40);
  const listDeep = await deep('/api/v1/orders?limit=50', 40);
  const month = (i) => {
    const d = new Date(Date.now() - (1 + (i % 48)) * 30 * 86_400_000);
    const from = d.toISOString().slice(0, 10);
    const to = new Date(d.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    return `from=${from}&to=${to}`;
  };
  const products = ['talk', 'workshop', 'chat_bench', 'training', 'reception', 'outreach'];
  const scenarios = [
    ['inbox, first page', () => get('/api/v1/orders/inbox?limit=50')],
    ['inbox, one product', (i) => get(`/api/v1/orders/inbox?product=${products[i % 6]}&limit=50`)],
    ['inbox, deep page (after 2,000)', () => get(inboxDeep)],
    ['orders, newest first', () => get('/api/v1/orders?limit=50')],
    ['orders, status + product', (i) => get(`/api/v1/orders?status=closed&product=${products[i % 6]}&limit=50`)],
    ['orders, one month (start order)', (i) => get(`/api/v1/orders?${month(i)}&limit=50`)],
    ['orders, one unit + municipality', (i) => get(`/api/v1/orders?unitId=${unitIds[i % 40]}&municipality=jyvaskyla&limit=50`)],
    ['orders, deep page (after 2,000)', () => get(listDeep)],
    ['orders, an orderer’s own unit', () => get('/api/v1/orders?limit=50', ordererToken)],
    ['orders, title search', (i) => get(`/api/v1/orders?q=${encodeURIComponent(['juttupenkki osastolle', 'työpaja tiimille', 'koulutus'][i % 3])}&limit=50`)],
  ];
  const unitIds = (await ctx.db.query(`SELECT id FROM org_unit WHERE cost_centre LIKE 'B-%' AND cost_centre <> 'B-0' ORDER BY cost_centre`)).rows.map((r) => r.id);
  const results = [];
  for (const concurrency of [1, 2]) {
    console.log(`-- ${concurrency} request(s) in flight`);
    for (const [name, run] of scenarios) {
      for (let w = 0; w < 20; w++) await run(w);
      results.push(await measure(name, 300, concurrency, async (i) => (await run(i), true)));
    }
  }
  const worst = (c) => Math.max(...results.filter((r) => r.concurrency === c).map((r) => r.p95));
  console.log(`Worst p95: ${worst(1)} ms with 1 in flight, ${worst(2)} ms with 2 (goal ≤ 50 ms)`);
  writeResults('orders.json', { orders: ORDERS, open, results, worstP95: { 1: worst(1), 2: worst(2) } });
} finally {
  await ctx.stop();
}
