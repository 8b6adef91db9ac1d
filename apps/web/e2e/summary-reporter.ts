import { appendFileSync } from 'node:fs';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Appends this run's totals to $KOKEMUS_TEST_SUMMARY (JSON lines) for the closing line of .ci/run. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'skipped') this.skipped += 1;
    else if (result.status === 'passed') this.passed += 1;
    else if (result.retry === test.retries) this.failed += 1;
  }

  onEnd() {
    const file = process.env.KOKEMUS_TEST_SUMMARY;
    if (!file) return;
    const line = {
      runner: 'playwright (web e2e)',
      passed: this.passed,
      failed: this.failed,
      skipped: this.skipped,
    };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
}
