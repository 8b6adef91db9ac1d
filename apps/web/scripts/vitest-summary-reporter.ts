import { appendFileSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/** Appends this run's totals to $KOKEMUS_TEST_SUMMARY (JSON lines) for the closing line of .ci/run. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>) {
    const file = process.env.KOKEMUS_TEST_SUMMARY;
    if (!file) return;
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      // A file that fails to load has no tests to count, but is a failure all the same.
      if (testModule.errors().length > 0) failed += 1;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    failed += unhandledErrors.length;
    const line = { runner: process.env.KOKEMUS_TEST_LABEL ?? 'vitest (web)', passed, failed, skipped };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
}
