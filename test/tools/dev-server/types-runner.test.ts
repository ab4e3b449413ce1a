// npm start's types runner: one generator process writes save after save's types; a run cancelled before it began
// writes nothing; the generator is replaced after its quota of runs, and when it died, at the next run.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { until } from '../../../tools/dev-server/harness.mjs';
import { createTypesRunner } from '../../../tools/dev-server/types-runner.mjs';
import { isAlive } from '../../helpers/processes.js';
import { writeEdits } from '../../helpers/spec-edits.js';

const folder = mkdtempSync(join(tmpdir(), 'palomma-types-runner-'));
const saves = writeEdits(folder, 3).map((edit, i) => ({ ...edit, out: join(folder, `gen-${i + 1}-types`) }));
const runner = createTypesRunner(folder, { runsPerHost: 2 });
const schema = (out: string) => readFileSync(join(out, 'schema.ts'), 'utf8');

afterAll(async () => {
  await runner.close();
  rmSync(folder, { recursive: true, force: true });
}, 30_000);

describe('the types runner of npm start', () => {
  it('generates save after save in one process, skips a run cancelled before it began, moves to a fresh one after its quota, and replaces one that died', async () => {
    const [one, two, three] = saves as [(typeof saves)[0], (typeof saves)[0], (typeof saves)[0]];
    const first = runner.run(one.file, one.out);
    // Queued behind the first, the second is cancelled before it begins.
    const second = runner.run(two.file, two.out);
    second.cancel();
    const { pid } = await first.done.then((result) => (expect(result).toMatchObject({ ok: true, cancelled: false }), result));
    expect(pid).toBeDefined();
    expect(runner.pid).toBe(pid);
    expect(schema(one.out)).toContain(one.summary);
    await expect(second.done).resolves.toMatchObject({ cancelled: true });
    expect(existsSync(two.out)).toBe(false);
    // The third runs in the same process; that is its second run, its quota here: a fresh one is loaded at once.
    const third = runner.run(three.file, three.out);
    await expect(third.done).resolves.toMatchObject({ ok: true, cancelled: false, pid, output: expect.stringContaining(`in ${three.out}`) });
    expect(schema(three.out)).toContain(three.summary);
    const fresh = runner.pid;
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(pid);
    await until(async () => (isAlive(pid!) ? undefined : true), 'the first generator to end');

    process.kill(fresh!, 'SIGKILL');
    rmSync(one.out, { recursive: true, force: true });
    const again = await runner.run(one.file, one.out).done;
    expect(again).toMatchObject({ ok: true, cancelled: false });
    expect(again.pid).not.toBe(fresh);
    expect(schema(one.out)).toContain(one.summary);
  }, 90_000);
});
