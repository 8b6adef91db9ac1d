import { defineConfig } from '@playwright/test';

// Run through `pnpm test:e2e` (e2e/run.mjs), which starts the real API on a fresh database and sets
// E2E_BASE_URL. Debian's chromium is used; Playwright never downloads a browser here.
export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  outputDir: './e2e-artifacts/test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // A test is a whole journey (an expert's phone, an orderer, an approver, payroll): on the 2-core CI
  // machine the longest take 30–60 s, so a minute left no room.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./e2e/summary-reporter.ts']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3000',
    screenshot: 'only-on-failure',
    trace: process.env.E2E_TRACE ? 'on' : 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
