#!/usr/bin/env node
// `pnpm dev`: the API (rebuilt on start) on :3000 and Vite with hot reload on :5173, proxying /api.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const api = spawn('node', [join(root, 'scripts/start.mjs')], { cwd: root, stdio: 'inherit' });
const web = spawn('pnpm', ['--filter', '@kokemus/web', 'dev'], { cwd: root, stdio: 'inherit' });
const stop = () => {
  api.kill('SIGTERM');
  web.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', stop);
web.on('exit', stop);
