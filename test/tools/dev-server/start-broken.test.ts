// `npm start` on a spec that does not pass lint: it serves the last good spec of an earlier run when there is one,
// else says how to fix it, answers 503 and keeps watching. Each test has its own scratch folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editedSpec, launchStart } from '../../../tools/dev-server/harness.mjs';

const original = readFileSync(join(process.cwd(), 'openapi.yaml'), 'utf8');
const broken = original.replace('operationId: createPayoutTarget', 'operationId: ""');
const launched: Awaited<ReturnType<typeof launchStart>>[] = [];
const scratches: string[] = [];

afterAll(async () => {
  for (const started of launched) await started.stop();
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** A scratch folder holding `files` (paths relative to it). */
function scratchWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'palomma-start-broken-'));
  scratches.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe.concurrent('npm start on a broken spec', () => {
  it('serves the last good spec of an earlier run', async () => {
    const lastGood = editedSpec(original, 7);
    const started = await launchStart({ scratch: scratchWith({ 'openapi.yaml': broken, 'state/openapi.yaml': lastGood.text }) });
    launched.push(started);
    expect(started.output()).toMatch(/✖ openapi\.yaml fails lint \(1 problem; .+\); trying the last good spec of an earlier run/);
    expect(started.output()).toMatch(/✔ the last good openapi\.yaml \(from an earlier run\) lint clean: serving it/);
    await expect(started.createdId()).resolves.toBe(lastGood.id);
    await expect(started.docsText()).resolves.toContain(lastGood.summary);
  }, 90_000);

  it('with no good spec at all, says how to fix it, answers 503 and keeps watching', async () => {
    const started = await launchStart({ scratch: scratchWith({ 'openapi.yaml': broken }) });
    launched.push(started);
    expect(started.output()).toMatch(/nothing served yet: fix openapi\.yaml and save it \(still watching\)/);
    const answer = await fetch(`${started.mockUrl}/payoutTargets`);
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({ message: 'no good spec yet: fix openapi.yaml and save it' });
    expect((await fetch(started.docsUrl)).status).toBe(503);
    expect(started.child.exitCode).toBeNull();
  }, 90_000);
});
