// The API's modules (folders of src/), lowest first: each may import only those before it. Read by
// .dependency-cruiser.cjs (pnpm lint), scripts/module-graph.mjs (pnpm depgraph) and the boundary test.
/** Lowest first. */
const LAYERS = [
  'config',
  'common',
  'jobs',
  'events',
  'idempotency',
  'audit',
  'units',
  'auth',
  'notifications',
  'catalog',
  'registry',
  'onboarding',
  'orders',
  'matching',
  'fees',
  'feedback',
];

module.exports = { LAYERS };
