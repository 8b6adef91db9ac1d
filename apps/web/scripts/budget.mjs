#!/usr/bin/env node
// Reports the JavaScript the sign-in page loads (the entry chunk, its static imports and the lazily
// loaded sign-in route with its imports), gzipped, and fails above the budget. Reads the Vite manifest
// of the last build (`pnpm --filter @kokemus/web build`).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 250 * 1000;
const SIGN_IN_ROUTE = 'src/app/routes/sign-in-page.tsx';

export function signInScripts(manifest) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('No entry chunk in the Vite manifest');
  visit(entry);
  if (!manifest[SIGN_IN_ROUTE])
    throw new Error(`${SIGN_IN_ROUTE} is not a chunk of its own (is it lazy-loaded?)`);
  visit(SIGN_IN_ROUTE);
  return [...files].filter((file) => file.endsWith('.js'));
}

export function measure(dist) {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build the web app first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const scripts = signInScripts(manifest).map((file) => {
    const body = readFileSync(join(dist, file));
    return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return { scripts, totalGzip: scripts.reduce((sum, s) => sum + s.gzip, 0) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(fileURLToPath(import.meta.url), '..', '..', 'dist');
  const { scripts, totalGzip } = measure(dist);
  for (const s of scripts.sort((a, b) => b.gzip - a.gzip)) {
    console.log(
      `  ${(s.gzip / 1000).toFixed(1).padStart(7)} kB gz  ${(s.raw / 1000).toFixed(1).padStart(7)} kB  ${s.file}`,
    );
  }
  const verdict = totalGzip <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `[budget] JavaScript for the sign-in page: ${(totalGzip / 1000).toFixed(1)} kB gzipped ` +
      `(${verdict} the ${BUDGET_BYTES / 1000} kB budget)`,
  );
  if (totalGzip > BUDGET_BYTES) process.exit(1);
}
