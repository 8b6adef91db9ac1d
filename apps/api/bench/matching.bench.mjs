// Matching: (1) a year of orders in a county of 200 experts, assigned by this matching and by "first
// available", side by side — the Gini coefficient of hours; (2) candidates for one order over 50,000
// experts, p95 at the API (goal ≤ 100 ms); (3) batch suggestions for 500 open orders (goal ≤ 5 s).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, startBenchApi, writeResults } from './harness.mjs';
import { loadMatchingData } from './matching-data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const rules = require(join(here, '..', 'dist', 'matching', 'matching.rules.js'));

// ------------------------------------------------------------------ (1) simulation, no database
function simulate() {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const AREAS = [
    'mental_health',
    'substance_use',
    'child_welfare_child',
    'disability',
    'cancer',
    'relative_carer',
    'homelessness',
    'youth',
  ];
  const PLACES = [
    { lat: 62.2426, lon: 25.7473 },
    { lat: 61.8642, lon: 25.19 },
    { lat: 62.7, lon: 25.25 },
    { lat: 62.04, lon: 24.62 },
    { lat: 62.6, lon: 25.7 },
  ];
  const experts = Array.from({ length: 200 }, (_, i) => ({
    id: `e${String(i).padStart(3, '0')}`,
    status: 'active',
    agreementInForce: true,
    agreementsDue: false,
    recordCheckDate: null,
    languages: i % 9 === 0 ? ['fi', 'sv'] : ['fi'],
    kinds: ['trained_expert'],
    tierRank: 1 + (i % 3),
    tierCode: ['basic', 'trained', 'advanced'][i % 3],
    areas: [AREAS[i % AREAS.length], AREAS[(i * 7 + 3) % AREAS.length]],
    taskTypes: ['talk', 'workshop'],
    worksRemote: true,
    worksInPerson: true,
    travelRadiusKm: null,
    home: PLACES[i % PLACES.length],
    maxTasksPerMonth: 4,
    birthDate: '1980-01-01',
    weekly: [],
    absences: [],
    excludedUnitIds: [],
  }));
  const run = (strategy) => {
    const hours = new Map(experts.map((e) => [e.id, 0]));
    const history = new Map(experts.map((e) => [e.id, []])); // { startsAt, endsAt }
    seed = 7; // the same year of orders for both strategies
    let unfilled = 0;
    for (let day = 0; day < 365; day++) {
      const perDay = Math.floor(rnd() * 8); // ~4 tasks a day, ~1,450 a year
      for (let k = 0; k < perDay; k++) {
        const startsAt = new Date(Date.UTC(2027, 0, 1 + day, 7 + Math.floor(rnd() * 8)));
        const length = 1 + Math.floor(rnd() * 3);
        const endsAt = new Date(startsAt.getTime() + length * 3_600_000);
        const slot = {
          startsAt,
          endsAt,
          mode: rnd() < 0.2 ? 'remote' : 'in_person',
          place: pick(PLACES),
          languageCode: rnd() < 0.05 ? 'sv' : 'fi',
          requiredAreas: [pick(AREAS)],
          preferredAreas: [],
          wishedTierRank: null,
          requiredKinds: [],
          unitIds: [],
          excludedExpertIds: [],
          wishedExpertId: null,
          suitableForMinors: false,
          worksWithMinors: false,
          taskTypeCode: 'talk',
          pairRequired: false,
          continuityExpertIds: [],
          partnerTierCodes: [],
        };
        const month = startsAt.toISOString().slice(0, 7);
        const now = startsAt.getTime();
        const candidates = experts.map((e) => {
          const h = history.get(e.id);
          const recent = h.filter(
            (x) => x.startsAt.getTime() > now - 90 * 86_400_000 && x.startsAt.getTime() <= now,
          );
          return {
            ...e,
            booked: h.filter((x) => Math.abs(x.startsAt.getTime() - now) < 2 * 86_400_000),
            tasksByMonth: { [month]: h.filter((x) => x.startsAt.toISOString().slice(0, 7) === month).length },
            recentHours: recent.reduce((s, x) => s + (x.endsAt - x.startsAt) / 3_600_000, 0),
            recentTasks: recent.length,
          };
        });
        let chosen;
        if (strategy === 'matching') chosen = rules.rankCandidates(candidates, slot)[0]?.expertId;
        else chosen = candidates.find((c) => rules.failedConstraints(c, slot).length === 0)?.id; // the first who can
        if (!chosen) {
          unfilled++;
          continue;
        }
        history.get(chosen).push({ startsAt, endsAt });
        hours.set(chosen, hours.get(chosen) + length);
      }
    }
    const values = [...hours.values()];
    return {
      gini: rules.gini(values),
      tasks: [...history.values()].reduce((s, h) => s + h.length, 0),
      unfilled,
      expertsWithWork: values.filter((v) => v > 0).length,
      maxHours: Math.max(...values),
    };
  };
  return { matching: run('matching'), firstAvailable: run('first') };
}

const simulation = simulate();
console.log('Simulation, a year in a county of 200 experts:');
console.log(
  `  this matching:   Gini ${simulation.matching.gini}  (${simulation.matching.tasks} tasks, ${simulation.matching.expertsWithWork} experts with work, most hours ${simulation.matching.maxHours}, unfilled ${simulation.matching.unfilled})`,
);
console.log(
  `  first available: Gini ${simulation.firstAvailable.gini}  (${simulation.firstAvailable.tasks} tasks, ${simulation.firstAvailable.expertsWithWork} experts with work, most hours ${simulation.firstAvailable.maxHours}, unfilled ${simulation.firstAvailable.unfilled})`,
);

// ------------------------------------------------------------------ (2) and (3) at the API
const EXPERTS = Number(process.env.BENCH_EXPERTS ?? 50_000);
const ORDERS = Number(process.env.BENCH_OPEN_ORDERS ?? 500);
const ctx = await startBenchApi();
try {
  const t0 = Date.now();
  const token = await loadMatchingData(ctx, { experts: EXPERTS, orders: ORDERS });
  console.log(
    `Loaded ${EXPERTS} experts, ${ORDERS} open orders and 20,000 past tasks in ${Date.now() - t0} ms`,
  );

  const orders = (
    await ctx.db.query(`SELECT id FROM task_order WHERE status = 'in_matching' ORDER BY number`)
  ).rows.map((r) => r.id);
  const headers = { authorization: `Bearer ${token}` };
  const get = async (path) => {
    const res = await fetch(`${ctx.base}${path}`, { headers });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const sample = await get(`/api/v1/orders/${orders[0]}/candidates`);
  console.log(`Candidates for one order: ${sample.eligibleCount} pass every hard constraint`);
  const results = [];
  for (const concurrency of [1, 2]) {
    for (let w = 0; w < 10; w++) await get(`/api/v1/orders/${orders[w]}/candidates`);
    results.push(
      await measure(
        `candidates for one order (${concurrency} in flight)`,
        200,
        concurrency,
        async (i) => (await get(`/api/v1/orders/${orders[i % orders.length]}/candidates`), true),
      ),
    );
  }
  const from = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const batchTimes = [];
  let batch;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const res = await fetch(`${ctx.base}/api/v1/matching/suggestions`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ from, to }),
    });
    batch = await res.json();
    if (!res.ok) throw new Error(JSON.stringify(batch));
    batchTimes.push(Math.round(performance.now() - t));
  }
  console.log(
    `Batch for ${batch.slots} open times: ${batchTimes.join(', ')} ms (goal ≤ 5,000 ms); ${batch.suggestions.length} suggested, ${batch.unfilled.length} times short`,
  );
  writeResults('matching.json', {
    simulation,
    experts: EXPERTS,
    results,
    batch: {
      slots: batch.slots,
      ms: batchTimes,
      suggested: batch.suggestions.length,
      unfilled: batch.unfilled.length,
    },
  });
} finally {
  await ctx.stop();
}
