/**
 * The API's module boundaries, checked by `pnpm lint` (dependency-cruiser). Modules are the folders of
 * apps/api/src; each may import only modules below it in apps/api/module-layers.cjs, so module arrows go one way and no
 * import loop can form. A module that needs something from a module above it reacts to that module's
 * events (events/event-bus.ts) or receives it through a port it owns (e.g. matching/pay-estimate.ts).
 * `pnpm depgraph` draws the module graph.
 */

const { LAYERS } = require('./apps/api/module-layers.cjs');

const SRC = '^apps/api/src/';

const layerRules = LAYERS.map((module, i) => ({
  name: `layer-${module}`,
  comment: `${module} may import only the modules below it: ${LAYERS.slice(0, i).join(', ') || 'none'}`,
  severity: 'error',
  from: { path: `${SRC}${module}/` },
  to: { path: `${SRC}(${LAYERS.slice(i + 1).join('|')}|health|cli|database)/` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-module-loop',
      comment: 'No import loop that crosses from one module folder into another.',
      severity: 'error',
      from: { path: `${SRC}([^/]+)/` },
      to: { circular: true, path: `${SRC}([^/]+)/`, pathNot: `${SRC}$1/` },
    },
    {
      name: 'no-unlisted-module',
      comment: 'A new folder under apps/api/src is a module: add it to LAYERS in .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: `${SRC}[^/]+/`, pathNot: `${SRC}(${LAYERS.join('|')}|health|cli|database)/` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.spec\\.ts$', '^apps/api/src/database/migrations/'] },
    tsPreCompilationDeps: true,
    reporterOptions: {
      dot: { collapsePattern: `${SRC}[^/]+` },
    },
  },
};
