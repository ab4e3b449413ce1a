// Ends the run with one plain line, "N passed, N failed", that CI logs can read without vitest's colours. Under
// `npm test` (PALOMMA_TEST_SUMMARY names a file) the counts go to that file instead, and scripts/test.mjs prints
// the line last, with its checks counted in, and each file's wall time (its import and its tests) for
// `npm test -- --timings`.
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const files: { file: string; ms: number; tests: number }[] = [];
    for (const module of testModules) {
      const { collectDuration, duration } = module.diagnostic();
      files.push({ file: module.relativeModuleId, ms: Math.round(collectDuration + duration), tests: [...module.children.allTests()].length });
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      // A file that fails to load has no tests to count, but it is a failure.
      if (module.state() === 'failed' && !module.children.size) counts.failed++;
    }
    // An error outside any test fails the run too: a type error the typecheck finds outside the type tests (a
    // "source error"), or an error thrown after a test ended.
    counts.failed += unhandledErrors.length;
    const file = process.env.PALOMMA_TEST_SUMMARY;
    if (file) writeFileSync(file, JSON.stringify({ ...counts, files }));
    else process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}\n`);
  }
}
