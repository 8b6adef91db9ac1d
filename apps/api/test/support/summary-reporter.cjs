// Appends this run's totals to $KOKEMUS_TEST_SUMMARY (JSON lines), so .ci/run can print one closing
// "N passed, N failed" line for all the runners together.
const { appendFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.KOKEMUS_TEST_SUMMARY;
    if (!file) return;
    const line = {
      runner: process.env.KOKEMUS_TEST_LABEL ?? 'jest (api)',
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
}

module.exports = SummaryReporter;
