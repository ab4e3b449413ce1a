// The run's summary as npm test reads it: counts (a file that failed to load, and an error outside any test, are
// failures) and each file's wall time, its import and its tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestModule } from 'vitest/node';
import { afterEach, expect, it, vi } from 'vitest';
import SummaryReporter from './summary-reporter.js';

const scratch = mkdtempSync(join(tmpdir(), 'palomma-summary-'));
afterEach(() => vi.unstubAllEnvs());
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** What the reporter reads of a test module: its path, state, tests and timings. */
function module(file: string, states: string[], { collect = 0, duration = 0, loaded = true } = {}) {
  const tests = states.map((state) => ({ result: () => ({ state }) }));
  return {
    relativeModuleId: file,
    state: () => (loaded ? 'passed' : 'failed'),
    diagnostic: () => ({ collectDuration: collect, duration }),
    children: { size: tests.length, allTests: () => tests[Symbol.iterator]() },
  } as unknown as TestModule;
}

it('writes the counts and each file with its import and test time, for npm test', () => {
  const summary = join(scratch, 'summary.json');
  vi.stubEnv('PALOMMA_TEST_SUMMARY', summary);
  new SummaryReporter().onTestRunEnd(
    [module('test/a.test.ts', ['passed', 'failed', 'skipped'], { collect: 200.4, duration: 1_000.2 }), module('test/broken.test.ts', [], { loaded: false })],
    [new Error('after a test')],
  );
  expect(JSON.parse(readFileSync(summary, 'utf8'))).toEqual({
    passed: 1,
    failed: 3,
    skipped: 1,
    files: [
      { file: 'test/a.test.ts', ms: 1_201, tests: 3 },
      { file: 'test/broken.test.ts', ms: 0, tests: 0 },
    ],
  });
});
