// npm test's own options, the ones that reproduce a run under load and in another order: a bad one is refused
// with the reason before anything runs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const npmTest = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/test.mjs', ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );

describe('npm test -- --busy / --shuffle', () => {
  it.each([
    [['--busy', 'lots'], /^npm test: --busy must be a number of loops from 0 to 16, not "lots"/],
    [['--shuffle', 'soon'], /^npm test: Unexpected argument 'soon'/],
    [['--busy', '99'], /^npm test: --busy must be a number of loops from 0 to 16, not "99"/],
  ])('%s is refused, saying why, and runs nothing', async (args, reason) => {
    const { code, output } = await npmTest(args);
    expect(code).toBe(2);
    expect(output).toMatch(reason);
    expect(output).toMatch(/--shuffle \[seed\]/);
  });

  it('--help says how to run it under load and in a shuffled order', async () => {
    const { code, output } = await npmTest(['--help']);
    expect(code).toBe(0);
    expect(output).toMatch(/--busy <n> +keep n CPU cores busy/);
    expect(output).toMatch(/--shuffle \[seed\] +run the test files and the tests in each in a shuffled order/);
    expect(output).toMatch(/--timings +end with the 15 slowest test files/);
  });
});
