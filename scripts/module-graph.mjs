#!/usr/bin/env node
// `pnpm depgraph`: the API's modules and their imports as a Mermaid flowchart (from dependency-cruiser,
// with the layers of .dependency-cruiser.cjs). Every arrow should point down the list of layers.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const { LAYERS } = createRequire(import.meta.url)(join(root, 'apps/api/module-layers.cjs'));
const json = execFileSync(
  'pnpm',
  ['exec', 'depcruise', 'apps/api/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const moduleOf = (path) => /^apps\/api\/src\/([^/]+)\//.exec(path)?.[1];
const edges = new Set();
for (const m of JSON.parse(json).modules) {
  const from = moduleOf(m.source);
  if (!LAYERS.includes(from)) continue;
  for (const d of m.dependencies) {
    const to = moduleOf(d.resolved);
    if (to && to !== from && LAYERS.includes(to)) edges.add(`${from} --> ${to}`);
  }
}
console.log(['```mermaid', 'flowchart TB', ...[...edges].sort().map((e) => `  ${e}`), '```'].join('\n'));
