// `npm start` from its first moment to its last: a save made while it starts is served (or reported) like any
// other; the README's method table follows the spec with the types; Ctrl-C in a terminal (the signal reaches npm
// and npm start both, and npm passes its own on) stops it once, in one line, exit 130; a --spec that does not exist
// is said to be missing, and nothing starts. Between the saves and the Ctrl-C, the same launch (with its sandbox)
// takes the hostile steps of hostile-steps.ts.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createdId, editedSpec, launchStart, until } from '../../../tools/dev-server/harness.mjs';
import { freePort } from '../../../src/node/prism/mock.js';
import { hostileSteps } from './hostile-steps.js';

type Started = Awaited<ReturnType<typeof launchStart>>;
let start: Started;
let original: string;
let docsUrl: string;
let mockUrl: string;
let firstSave: ReturnType<typeof editedSpec>;
const launched: Started[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'palomma-start-lifecycle-'));
afterAll(async () => {
  for (const started of launched) await started.stop();
  rmSync(scratch, { recursive: true, force: true });
}, 60_000);

beforeAll(async () => {
  const docsPort = await freePort();
  copyFileSync(join(process.cwd(), 'openapi.yaml'), join(scratch, 'openapi.yaml'));
  copyFileSync(join(process.cwd(), 'README.md'), join(scratch, 'README.md'));
  const ports = { docs: String(docsPort), mock: '0' };
  start = await launchStart({ viaNpm: true, detached: true, waitForUrls: false, sandbox: true, scratch, ports, args: ['--readme', join(scratch, 'README.md')] });
  launched.push(start);
  original = start.read();
  docsUrl = `http://127.0.0.1:${docsPort}/`;
  // The moment the docs first answer, the first round is nearly done and the watcher not yet there: save then.
  await until(async () => ((await fetch(docsUrl)).status === 200 ? true : undefined), 'the docs to answer', { ms: 120_000, everyMs: 5, output: start.output });
  firstSave = editedSpec(original, 1);
  start.save(firstSave.text);
  await until(async () => (/^Mock: (\S+)/m.test(start.output()) ? true : undefined), 'the URLs', { ms: 60_000, output: start.output });
  mockUrl = /^Mock: (\S+)/m.exec(start.output())![1]!;
}, 180_000);

// The steps of one npm start's life, in order (the last one stops it), so they are not shuffled with the suite.
describe('npm start, start to stop', { shuffle: false }, () => {
  it('serves a save made while it was starting, and says so', async () => {
    await until(async () => ((await fetch(docsUrl).then((r) => r.text())).includes(firstSave.summary) ? true : undefined), 'the docs of the save', {
      ms: 60_000,
      output: start.output,
    });
    // The mock switches on its own time, beside the docs.
    await until(async () => ((await createdId(mockUrl)) === firstSave.id ? true : undefined), 'the mock on the save', { ms: 60_000, output: start.output });
    expect(start.output()).toContain('openapi.yaml changed: checking it…');
  }, 90_000);

  it("keeps the README's method table in step with the spec it serves", async () => {
    // Said, for the save, once the table is written.
    const done = /types and the README's method table generated from openapi\.yaml as of \d\d:\d\d:\d\d/;
    const afterSave = () => start.output().split('openapi.yaml changed: checking it…')[1] ?? '';
    await until(async () => (done.test(afterSave()) ? true : undefined), 'the types and table of the save', { ms: 75_000, output: start.output });
    expect(readFileSync(join(scratch, 'README.md'), 'utf8')).toContain(`| ${firstSave.summary} |`);
  }, 90_000);

  hostileSteps(() => ({ start, servedId: firstSave.id }));

  it('stops once on Ctrl-C in a terminal, in one line, with exit code 130', async () => {
    process.kill(-start.child.pid!, 'SIGINT'); // the terminal signals the whole foreground group: npm and npm start
    const { code } = await start.exited;
    expect(code).toBe(130);
    const lines = start.output().trimEnd().split('\n');
    expect(lines.filter((line) => /stopped/.test(line))).toEqual(['npm start stopped (SIGINT); every process it started has ended.']);
    expect(lines.at(-1)).toBe('npm start stopped (SIGINT); every process it started has ended.');
    await expect(fetch(docsUrl)).rejects.toThrow();
  }, 60_000);
});

describe('npm start --spec with a file that is not there', () => {
  it('says there is no such file and exits 1, serving nothing', async () => {
    const missing = await launchStart({ waitForUrls: false, args: ['--spec', 'missing.yaml'] });
    launched.push(missing);
    expect((await missing.exited).code).toBe(1);
    expect(missing.output().trim().split('\n')).toEqual(['npm start: missing.yaml: no such file (--spec names the spec to serve)']);
  }, 60_000);
});
