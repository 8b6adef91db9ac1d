import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiTarget = process.env.KOKEMUS_API_URL ?? 'http://localhost:3000';
const generated = fileURLToPath(new URL('../../libs/api-client/src/generated', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The same four entry points as libs/api-client/package.json "exports" and tsconfig.base.json "paths".
    alias: [
      { find: /^@kokemus\/api-client\/client$/, replacement: `${generated}/client.gen.ts` },
      {
        find: /^@kokemus\/api-client\/react-query$/,
        replacement: `${generated}/@tanstack/react-query.gen.ts`,
      },
      { find: /^@kokemus\/api-client\/zod$/, replacement: `${generated}/zod.gen.ts` },
      { find: /^@kokemus\/api-client$/, replacement: `${generated}/index.ts` },
    ],
  },
  server: { port: 5173, proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  // The manifest lets scripts/budget.mjs follow exactly which chunks the sign-in page loads.
  build: { outDir: 'dist', sourcemap: true, manifest: true, chunkSizeWarningLimit: 600 },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
    // The county's time zone, whatever the machine's (the "today" is fixed in test-setup.ts)
    env: { TZ: 'Europe/Helsinki' },
    // jsdom route tests drive whole pages; on a busy 2-core CI machine they need room
    testTimeout: 60000,
    // The default output, plus one JSON line in $KOKEMUS_TEST_SUMMARY for .ci/run's closing total.
    reporters: ['default', './scripts/vitest-summary-reporter.ts'],
  },
});
