// `npm start` end to end on a scratch copy of the spec: first build, docs and mock served, then an edit
// to the spec rebuilds the docs and types and reloads the mock, and a broken edit keeps the last good docs.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCreateBody } from '../helpers/spec.js';

let child: ChildProcess;
let output = '';
let scratch: string;
let docsUrl: string;
let mockUrl: string;
const specCopy = () => join(scratch, 'openapi.yaml');

async function until<T>(probe: () => Promise<T | undefined>, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; npm start printed:\n${output}`);
}

const docsText = () => fetch(docsUrl).then((r) => r.text());
const createdId = () =>
  fetch(`${mockUrl}/payoutTargets`, {
    method: 'POST',
    headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
    body: JSON.stringify(exampleCreateBody()),
  }).then((r) => r.json() as Promise<{ id: string }>).then((b) => b.id);

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'palomma-start-'));
  copyFileSync(join(process.cwd(), 'openapi.yaml'), specCopy());
  const args = ['--spec', specCopy(), '--generated', join(scratch, 'generated'), '--docs', join(scratch, 'docs/index.html')];
  child = spawn(process.execPath, ['scripts/start.mjs', ...args, '--docs-port', '0', '--mock-port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  await until(async () => (/Mock: /.test(output) ? true : undefined), 'the URLs');
  docsUrl = /Docs: (\S+)/.exec(output)![1]!;
  mockUrl = /Mock: (\S+)/.exec(output)![1]!;
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm start', () => {
  it('lints, generates, serves the docs on loopback and starts the mock', async () => {
    expect(output).toContain('lint clean, types generated, docs built');
    expect(docsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(mockUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(docsText()).resolves.toContain('Create a payout target');
    await expect(createdId()).resolves.toBe('01HPR8S7YF43PV3QV16TZDC80P');
    expect(readFileSync(join(scratch, 'generated/schema.ts'), 'utf8')).toContain('Create a payout target');
    expect(output).toContain(`curl -s -X POST ${mockUrl}/payoutTargets`);
  });

  it('redoes everything when openapi.yaml changes, the mock included', async () => {
    const edited = readFileSync(specCopy(), 'utf8')
      .replace('summary: Create a payout target', 'summary: Register a payout target')
      .replaceAll('01HPR8S7YF43PV3QV16TZDC80P', '01HPR8S7YF43PV3QV16TZDC99Z');
    writeFileSync(specCopy(), edited);
    await until(async () => ((await docsText()).includes('Register a payout target') ? true : undefined), 'new docs');
    await until(async () => ((await createdId()) === '01HPR8S7YF43PV3QV16TZDC99Z' ? true : undefined), 'mock reload');
    expect(readFileSync(join(scratch, 'generated/schema.ts'), 'utf8')).toContain('Register a payout target');
  });

  it('reports a broken spec and keeps serving the last good docs', async () => {
    const broken = readFileSync(specCopy(), 'utf8').replace('operationId: createPayoutTarget', 'operationId: ""');
    writeFileSync(specCopy(), broken);
    await until(async () => (/lint failed/.test(output) ? true : undefined), 'the lint failure');
    await expect(docsText()).resolves.toContain('Register a payout target');
  });

  it('stops cleanly on SIGTERM, taking the mock with it', async () => {
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(0);
    await expect(fetch(`${mockUrl}/payoutTargets`)).rejects.toThrow();
  });
});
