// npm test -- --timings: the slowest files first, each with its share of the summed time, ties in name order.
import { describe, expect, it } from 'vitest';
import { slowestFiles } from '../../../scripts/lib/test-timings.mjs';

describe('slowestFiles', () => {
  const files = [
    { file: 'test/a.test.ts', ms: 1_000, tests: 1 },
    { file: 'test/c.test.ts', ms: 6_000, tests: 12 },
    { file: 'test/b.test.ts', ms: 1_000, tests: 3 },
    { file: 'test/d.test.ts', ms: 2_000, tests: 2 },
  ];

  it('names the slowest first, with seconds, share and test count, and says how many files there were', () => {
    expect(slowestFiles(files, 3)).toEqual([
      'The 3 slowest of 4 test files (import and tests, wall time; files run side by side, so the sum, 10 s, exceeds the run\'s):',
      '   6.0 s  60 %  test/c.test.ts (12 tests)',
      '   2.0 s  20 %  test/d.test.ts (2 tests)',
      '   1.0 s  10 %  test/a.test.ts (1 test)',
    ]);
  });

  it('copes with fewer files than asked for, and with none', () => {
    expect(slowestFiles(files.slice(0, 1), 15)).toHaveLength(2);
    expect(slowestFiles([], 15)).toEqual(["The 0 slowest of 0 test files (import and tests, wall time; files run side by side, so the sum, 0 s, exceeds the run's):"]);
  });
});
