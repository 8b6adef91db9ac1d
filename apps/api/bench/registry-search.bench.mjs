// Registry search with filters over 50,000 generated experts: p95 at the API (goal ≤ 50 ms), with one
// and with two requests in flight on the 2-core machine.
import { measure, signInAs, startBenchApi, writeResults } from './harness.mjs';

const EXPERTS = Number(process.env.BENCH_EXPERTS ?? 50_000);
const ctx = await startBenchApi();
try {
  const t0 = Date.now();
  await ctx.db.query(`
    INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, tier_code, max_tasks_per_month)
    SELECT (ARRAY['Aino','Eero','Helmi','Ilkka','Kaisa','Lauri','Maija','Niko','Oona','Pekka','Riikka','Sami','Tuula','Ville'])[1 + g % 14],
           (ARRAY['Korhonen','Virtanen','Mäkinen','Nieminen','Mäkelä','Hämäläinen','Laine','Heikkinen','Koskinen','Järvinen','Lehtonen','Saarinen'])[1 + (g / 14) % 12] || (g % 500),
           'bench' || g || '@example.fi',
           (SELECT code FROM municipality WHERE merged_into IS NULL ORDER BY code OFFSET (g % 300) LIMIT 1),
           CASE WHEN g % 7 = 0 THEN ARRAY['fi','sv'] WHEN g % 5 = 0 THEN ARRAY['fi','en'] ELSE ARRAY['fi'] END,
           ARRAY['trained_expert'], ARRAY['talk','workshop'],
           (ARRAY['active','active','active','active','applicant','paused','left'])[1 + g % 7],
           (ARRAY['basic','trained','advanced'])[1 + g % 3], 4
      FROM generate_series(1, $1) AS g`, [EXPERTS]);
  await ctx.db.query(`UPDATE expert SET paused_until = '2027-06-01' WHERE status = 'paused'`);
  await ctx.db.query(`
    INSERT INTO expert_experience_area (expert_id, area_code, visible_to_orderers)
    SELECT e.id, a.code, random() < 0.5
      FROM expert e CROSS JOIN LATERAL (SELECT code FROM experience_area ORDER BY md5(e.id::text || code) LIMIT 2) a`);
  await ctx.db.query(`INSERT INTO expert_absence (expert_id, starts_on, ends_on, kind)
    SELECT id, '2026-12-20', '2027-01-06', 'absence' FROM expert WHERE random() < 0.1`);
  await ctx.db.query('ANALYZE');
  console.log(`Loaded ${EXPERTS} experts in ${Date.now() - t0} ms`);

  const token = await signInAs(ctx, 'coordinator');
  const headers = { authorization: `Bearer ${token}` };
  const get = async (path) => (await fetch(`${ctx.base}${path}`, { headers })).ok;
  const names = ['kors', 'virt', 'aino', 'mäki', 'laine'];
  const scenarios = [
    ['first page, no filters', () => '/api/v1/experts?limit=50'],
    ['free text (name or e-mail)', (i) => `/api/v1/experts?q=${encodeURIComponent(names[i % 5])}&limit=50`],
    ['area + language + status', () => '/api/v1/experts?area=mental_health&language=sv&status=active&limit=50'],
    ['municipality within 60 km + tier', () => '/api/v1/experts?municipality=jyvaskyla&maxDistanceKm=60&tier=trained&limit=50'],
    ['available in a range + area', () => '/api/v1/experts?availableFrom=2026-12-28&availableTo=2026-12-30&area=substance_use&limit=50'],
    ['deep page (cursor after 2,000 rows)', null],
  ];
  // A cursor deep in the list, to show keyset pagination does not slow down.
  let cursor = null;
  for (let i = 0; i < 40; i++) {
    const res = await fetch(`${ctx.base}/api/v1/experts?limit=50${cursor ? `&cursor=${cursor}` : ''}`, { headers });
    cursor = (await res.json()).nextCursor;
  }
  scenarios[5][1] = () => `/api/v1/experts?limit=50&cursor=${cursor}`;
  const results = [];
  for (const concurrency of [1, 2]) {
    console.log(`-- ${concurrency} request(s) in flight`);
    for (const [name, path] of scenarios) {
      for (let w = 0; w < 20; w++) await get(path(w));
      results.push(await measure(name, 300, concurrency, (i) => get(path(i))));
    }
  }
  const worst = (c) => Math.max(...results.filter((r) => r.concurrency === c).map((r) => r.p95));
  console.log(`Worst p95: ${worst(1)} ms with 1 in flight, ${worst(2)} ms with 2 (goal ≤ 50 ms)`);
  writeResults('registry-search.json', { experts: EXPERTS, results, worstP95: { 1: worst(1), 2: worst(2) } });
} finally {
  await ctx.stop();
}
