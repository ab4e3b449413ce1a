// npm start's types runner: one generator process writes save after save's types; a run cancelled before it began
// writes nothing; a generator that died is replaced at the next run.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editedSpec } from '../../../tools/dev-server/harness.mjs';
import { createTypesRunner } from '../../../tools/dev-server/types-runner.mjs';

const folder = mkdtempSync(join(tmpdir(), 'palomma-types-runner-'));
const original = readFileSync(join(process.cwd(), 'openapi.yaml'), 'utf8');
const saves = [1, 2, 3].map((n) => {
  const edit = editedSpec(original, n);
  const file = join(folder, `gen-${n}.yaml`);
  writeFileSync(file, edit.text);
  return { ...edit, file, out: join(folder, `gen-${n}-types`) };
});
const runner = createTypesRunner(folder);
const schema = (out: string) => readFileSync(join(out, 'schema.ts'), 'utf8');

afterAll(async () => {
  await runner.close();
  rmSync(folder, { recursive: true, force: true });
}, 30_000);

describe('the types runner of npm start', () => {
  it('generates save after save in one process, skips a run cancelled before it began, and replaces a generator that died', async () => {
    const [one, two, three] = saves as [(typeof saves)[0], (typeof saves)[0], (typeof saves)[0]];
    const first = runner.run(one.file, one.out);
    // Queued behind the first: the second is cancelled before it begins, the third runs.
    const second = runner.run(two.file, two.out);
    const third = runner.run(three.file, three.out);
    second.cancel();
    await expect(first.done).resolves.toMatchObject({ ok: true, cancelled: false });
    const pid = runner.pid;
    expect(pid).toBeDefined();
    expect(schema(one.out)).toContain(one.summary);
    await expect(second.done).resolves.toMatchObject({ cancelled: true });
    expect(existsSync(two.out)).toBe(false);
    await expect(third.done).resolves.toMatchObject({ ok: true, cancelled: false });
    expect(schema(three.out)).toContain(three.summary);
    expect(runner.pid).toBe(pid);

    process.kill(pid!, 'SIGKILL');
    rmSync(one.out, { recursive: true, force: true });
    await expect(runner.run(one.file, one.out).done).resolves.toMatchObject({ ok: true, cancelled: false });
    expect(schema(one.out)).toContain(one.summary);
    expect(runner.pid).not.toBe(pid);
  }, 90_000);
});
