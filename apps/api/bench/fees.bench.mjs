// Fees: one export batch of 10,000 approved lines (goal ≤ 2 s), measured at the API with a payroll
// client's token; then the batch's CSV.
import { startBenchApi, writeResults } from './harness.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { hashPassword } = require(join(here, '..', 'dist', 'auth', 'password.js'));

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 5_000); // two lines each
const ctx = await startBenchApi();
try {
  const t0 = Date.now();
  await ctx.db.query(
    `INSERT INTO org_unit (kind, name, cost_centre) VALUES ('unit', 'Bench-osasto', 'BF-1')`,
  );
  await ctx.db.query(
    `INSERT INTO user_account (email, display_name, password_hash, roles) VALUES ('bench@x.fi', 'Bench', 'x', '{coordinator}')`,
  );
  await ctx.db.query(`
    INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, tier_code)
    SELECT 'Aino', 'Palkkio' || g, 'p' || g || '@example.fi', 'jyvaskyla', '{fi}', '{trained_expert}', '{talk}', 'active', 'trained'
      FROM generate_series(1, 200) g`);
  await ctx.db.query(
    `
    WITH e AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM expert),
         g AS (SELECT g, now() - interval '60 days' + (g || ' hours')::interval AS s FROM generate_series(1, $1) g)
    INSERT INTO task_order (number, status, unit_id, cost_centre, contact_user_id, contact_name, contact_email, product_code, title, description, mode, place,
      municipality_code, language_code, expert_count, starts_at, ends_at, occurrence_count, submitted_at, delivered_at, created_by)
    SELECT 'T-2026-' || lpad(g::text, 6, '0'), 'delivered', (SELECT id FROM org_unit WHERE cost_centre = 'BF-1'), 'BF-1', (SELECT id FROM user_account LIMIT 1), 'B', 'b@x.fi', 'talk',
           'Puheenvuoro ' || g, 'Kuvaus', 'in_person', 'Sali', 'jyvaskyla', 'fi', 1, s, s + interval '2 hours', 1, s - interval '10 days', s,
           (SELECT id FROM user_account LIMIT 1)
      FROM g`,
    [CLAIMS],
  );
  await ctx.db.query(
    `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place, status) SELECT id, starts_at, ends_at, 'Sali', 'delivered' FROM task_order`,
  );
  await ctx.db.query(`
    WITH e AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM expert)
    INSERT INTO assignment (order_id, occurrence_id, expert_id, status, starts_at, ends_at, confirmed_at, completed_at)
    SELECT oc.order_id, oc.id, e.id, 'completed', oc.starts_at, oc.ends_at, oc.starts_at, oc.ends_at
      FROM (SELECT oc.*, row_number() OVER (ORDER BY oc.starts_at) AS n FROM order_occurrence oc) oc JOIN e ON e.k = oc.n % 200`);
  // claims and their lines in one transaction: the database checks each claim's totals at commit
  await ctx.db.query('BEGIN');
  await ctx.db.query(`
    INSERT INTO fee_claim (number, assignment_id, expert_id, order_id, occurrence_id, unit_id, cost_centre, task_date, tier_code, task_type_code,
      product_code, payment_method, status, owner, owner_user_id, due_at, report, prefilled_report, total_cents, earnings_cents, approved_at)
    SELECT 'K-2026-' || lpad(row_number() OVER ()::text, 6, '0'), a.id, a.expert_id, a.order_id, a.occurrence_id, o.unit_id, 'BF-1',
           (a.starts_at AT TIME ZONE 'Europe/Helsinki')::date, 'trained', 'talk', 'talk', 'payroll', 'approved', 'payroll', NULL, now() + interval '10 days',
           '{}'::jsonb, '{}'::jsonb, 30000 + 2310, 30000, now()
      FROM assignment a JOIN task_order o ON o.id = a.order_id`);
  await ctx.db.query(`
    INSERT INTO fee_claim_line (claim_id, kind, description, quantity, unit_cents, amount_cents, income_type_code, channel, status)
    SELECT id, 'fee', 'fee', 1, 30000, 30000, '214', 'payroll', 'approved' FROM fee_claim
    UNION ALL SELECT id, 'mileage', 'mileage', 42, 55, 2310, '311', 'payroll', 'approved' FROM fee_claim`);
  await ctx.db.query('COMMIT');
  await ctx.db.query('ANALYZE');
  const [{ n }] = (
    await ctx.db.query(`SELECT count(*)::int AS n FROM fee_claim_line WHERE status = 'approved'`)
  ).rows;
  console.log(`Loaded ${n} approved lines on ${CLAIMS} claims in ${Date.now() - t0} ms`);

  await ctx.db.query(
    `INSERT INTO api_client (client_id, name, secret_hash, scopes) VALUES ('bench-payroll', 'Bench', $1, '{payroll:read,payroll:write}')`,
    [await hashPassword('bench-secret')],
  );
  const tokenRes = await fetch(`${ctx.base}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=bench-payroll&client_secret=bench-secret',
  });
  const token = (await tokenRes.json()).access_token;
  const headers = { authorization: `Bearer ${token}` };
  const t1 = performance.now();
  const res = await fetch(`${ctx.base}/api/v1/payroll/export-batches`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': 'bench-1' },
    body: '{}',
  });
  const body = await res.text();
  const createMs = Math.round(performance.now() - t1);
  if (res.status !== 201) throw new Error(`${res.status} ${body}`);
  const batch = JSON.parse(body);
  console.log(
    `Export batch of ${batch.lineCount} lines created in ${createMs} ms (goal ≤ 2,000 ms); ${(body.length / 1e6).toFixed(1)} MB of JSON`,
  );
  const t2 = performance.now();
  const replay = await fetch(`${ctx.base}/api/v1/payroll/export-batches`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': 'bench-1' },
    body: '{}',
  });
  await replay.text();
  const replayMs = Math.round(performance.now() - t2);
  const t3 = performance.now();
  const csv = await (
    await fetch(`${ctx.base}/api/v1/payroll/export-batches/${batch.id}/lines.csv`, { headers })
  ).text();
  const csvMs = Math.round(performance.now() - t3);
  console.log(
    `Replay with the same key: ${replayMs} ms; lines.csv (${csv.split('\r\n').length - 2} rows): ${csvMs} ms`,
  );
  writeResults('fees.json', { lines: batch.lineCount, createMs, replayMs, csvMs });
} finally {
  await ctx.stop();
}
