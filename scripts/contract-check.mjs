#!/usr/bin/env node
// Fails when the committed contract (libs/api-client/openapi.json) or the SDK generated from it is
// stale: builds the API, writes the document afresh, regenerates the client in a scratch folder and
// compares both byte for byte. Fix with `pnpm contract`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const lib = join(root, 'libs', 'api-client');
const scratch = mkdtempSync(join(tmpdir(), 'kokemus-contract-'));
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

try {
  run('pnpm', ['--filter', '@kokemus/api', 'build']);
  run('node', [join(root, 'apps/api/dist/cli/write-openapi.js'), join(scratch, 'openapi.json')]);
  cpSync(join(lib, 'openapi-ts.config.ts'), join(scratch, 'openapi-ts.config.ts'));
  run(join(lib, 'node_modules', '.bin', 'openapi-ts'), ['-f', 'openapi-ts.config.ts'], scratch);

  const problems = [];
  if (readFileSync(join(lib, 'openapi.json'), 'utf8') !== readFileSync(join(scratch, 'openapi.json'), 'utf8')) {
    problems.push('libs/api-client/openapi.json differs from what the API serves');
  }
  const committed = join(lib, 'src', 'generated');
  const fresh = join(scratch, 'src', 'generated');
  const a = files(committed).map((f) => relative(committed, f)).sort();
  const b = files(fresh).map((f) => relative(fresh, f)).sort();
  for (const f of new Set([...a, ...b])) {
    const x = a.includes(f) ? readFileSync(join(committed, f), 'utf8') : null;
    const y = b.includes(f) ? readFileSync(join(fresh, f), 'utf8') : null;
    if (x !== y) problems.push(`libs/api-client/src/generated/${f} is stale`);
  }
  if (problems.length) {
    console.error(`Contract drift:\n  - ${problems.join('\n  - ')}\nRun \`pnpm contract\` and commit the result.`);
    process.exit(1);
  }
  console.log('Contract is current: openapi.json and the generated client match the API.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
