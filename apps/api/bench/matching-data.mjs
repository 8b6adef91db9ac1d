// The data of the matching benchmark: `experts` people (5/7 active, 2 areas each, weekly availability on
// ~30 % of weekdays), `orders` open orders in the next four weeks and 20,000 past tasks. Returns a
// coordinator's token.
import { signInAs } from './harness.mjs';

export async function loadMatchingData(ctx, { experts, orders }) {
  await ctx.db.query(
    `
    INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, tier_code, max_tasks_per_month)
    SELECT (ARRAY['Aino','Eero','Helmi','Ilkka','Kaisa','Lauri','Maija','Niko','Oona','Pekka'])[1 + g % 10],
           (ARRAY['Korhonen','Virtanen','Mäkinen','Nieminen','Mäkelä','Laine','Koskinen','Järvinen'])[1 + (g / 10) % 8] || g,
           'm' || g || '@example.fi',
           (ARRAY['jyvaskyla','jamsa','keuruu','saarijarvi','laukaa','aanekoski','muurame','viitasaari'])[1 + g % 8],
           CASE WHEN g % 9 = 0 THEN ARRAY['fi','sv'] ELSE ARRAY['fi'] END,
           ARRAY['trained_expert'], ARRAY['talk','workshop'],
           (ARRAY['active','active','active','active','applicant','paused','left'])[1 + g % 7],
           (ARRAY['basic','trained','advanced'])[1 + g % 3], 4
      FROM generate_series(1, $1) g`,
    [experts],
  );
  await ctx.db.query(`UPDATE expert SET paused_until = '2030-01-01' WHERE status = 'paused'`);
  await ctx.db.query(`INSERT INTO expert_experience_area (expert_id, area_code, visible_to_orderers)
    SELECT e.id, a.code, true FROM expert e CROSS JOIN LATERAL (SELECT code FROM experience_area ORDER BY md5(e.id::text || code) LIMIT 2) a`);
  await ctx.db.query(
    `INSERT INTO expert_consent (expert_id, kind, given_at) SELECT id, 'registry', now() FROM expert`,
  );
  await ctx.db.query(`INSERT INTO expert_weekly_availability (expert_id, weekday, starts_at, ends_at)
    SELECT id, d, '08:00', '16:00' FROM expert, generate_series(1, 5) d WHERE random() < 0.3`);
  await ctx.db.query(
    `INSERT INTO org_unit (kind, name, cost_centre) VALUES ('unit', 'Bench-osasto', 'BM-1')`,
  );
  const token = await signInAs(ctx, 'coordinator');
  const [{ id: creator }] = (
    await ctx.db.query(`SELECT id FROM user_account WHERE email = 'bench-coordinator@example.test'`)
  ).rows;
  // 500 open orders in the next four weeks, one or two times each
  await ctx.db.query(
    `WITH g AS (SELECT g, date_trunc('hour', now()) + interval '3 days' + ((g % 20) || ' days')::interval + ((g % 6) || ' hours')::interval AS s
                  FROM generate_series(1, $1) g)
     INSERT INTO task_order (number, status, unit_id, cost_centre, contact_user_id, contact_name, contact_email, product_code, title, description,
       mode, place, municipality_code, language_code, expert_count, starts_at, ends_at, occurrence_count, submitted_at, answer_due_at, answered_at,
       inbox_due_at, created_by)
     SELECT 'T-2026-' || lpad(g::text, 6, '0'), 'in_matching', (SELECT id FROM org_unit WHERE cost_centre = 'BM-1'), 'BM-1', $2, 'B', 'b@x.fi',
            (ARRAY['talk','workshop','chat_bench'])[1 + g % 3], 'Tilaus ' || g, 'Kuvaus', 'in_person', 'Paikka',
            (ARRAY['jyvaskyla','jamsa','keuruu','saarijarvi'])[1 + g % 4], 'fi', 1 + (g % 3 = 2)::int, s, s + interval '2 hours', 1,
            now(), now() + interval '2 days', now(), s, $2
       FROM g`,
    [orders, creator],
  );
  await ctx.db.query(
    `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place) SELECT id, starts_at, ends_at, 'Paikka' FROM task_order`,
  );
  await ctx.db.query(`INSERT INTO order_area (order_id, area_code, required)
    SELECT o.id, (SELECT code FROM experience_area ORDER BY md5(o.id::text || code) LIMIT 1), true FROM task_order o`);
  // the last 90 days' work: 20,000 confirmed tasks on closed orders
  await ctx.db.query(
    `INSERT INTO task_order (number, status, unit_id, cost_centre, contact_user_id, contact_name, contact_email, product_code, title,
       description, mode, place, municipality_code, language_code, expert_count, starts_at, ends_at, occurrence_count, submitted_at, delivered_at,
       closed_at, created_by)
     VALUES ('T-2026-999999', 'closed', (SELECT id FROM org_unit WHERE cost_centre = 'BM-1'), 'BM-1', $1, 'B', 'b@x.fi', 'talk', 'Mennyt',
       'Kuvaus', 'in_person', 'Paikka', 'jyvaskyla', 'fi', 1, now() - interval '90 days', now() - interval '1 day', 1, now() - interval '100 days',
       now() - interval '1 day', now(), $1)`,
    [creator],
  );
  await ctx.db.query(`INSERT INTO order_occurrence (order_id, starts_at, ends_at, place, status)
    SELECT (SELECT id FROM task_order WHERE number = 'T-2026-999999'), now() - ((g % 89 + 1) || ' days')::interval,
           now() - ((g % 89 + 1) || ' days')::interval + interval '2 hours', 'Sali ' || g, 'delivered' FROM generate_series(1, 20000) g`);
  await ctx.db
    .query(`INSERT INTO assignment (order_id, occurrence_id, expert_id, status, starts_at, ends_at, confirmed_at, completed_at)
    SELECT oc.order_id, oc.id, e.id, 'completed', oc.starts_at, oc.ends_at, oc.starts_at, oc.ends_at
      FROM (SELECT oc.*, row_number() OVER () AS n FROM order_occurrence oc WHERE oc.status = 'delivered') oc
      JOIN (SELECT id, row_number() OVER (ORDER BY md5(id::text)) AS n FROM expert WHERE status = 'active') e ON e.n = 1 + (oc.n * 7) % 20000`);
  await ctx.db.query('ANALYZE');
  return token;
}
