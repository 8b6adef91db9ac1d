#!/usr/bin/env node
// Benchmarks (not tests): `pnpm bench`. Each scenario starts the built API on a throw-away embedded
// PostgreSQL, loads generated data, measures latency at the HTTP edge and writes bench/results/*.json.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const api = join(here, '..');
const built = spawnSync('pnpm', ['build'], { cwd: api, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n=== ${file}`);
  const r = spawnSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
