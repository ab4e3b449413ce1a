// The runtime matrix: the packed package (in `npm test`, the tarball it packed once for the whole run; alone, one
// packed here), installed once, runs the same script (runtime-check.mjs) in the Node running the tests, Node 22,
// Node 24, Bun and Deno (those four from their npm packages, pinned in scripts/test-runtimes/package.json): the
// client against the Prism mock on loopback, validation, typed errors, webhook verification and the Web handler.
// The README's runtime table says exactly this.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { packedTarball } from '../../scripts/lib/pack.mjs';
import { pinnedVersions, staleRuntimes, testRuntimes } from '../../scripts/lib/test-runtimes.mjs';

const run = promisify(execFile);
let project: string;
const results = new Map<string, Promise<{ stdout: string; stderr: string }>>();

beforeAll(async () => {
  const stale = staleRuntimes();
  if (stale.length) throw new Error(`test runtimes missing or not the pinned version: ${stale.join(', ')}; run node scripts/ensure-test-tools.mjs (npm test does)`);
  project = mkdtempSync(join(tmpdir(), 'palomma-runtimes-'));
  const { tarball } = packedTarball(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'runtimes', private: true, version: '1.0.0', type: 'module' }));
  // Deno reads the packages npm installed, and fetches nothing.
  writeFileSync(join(project, 'deno.json'), JSON.stringify({ nodeModulesDir: 'manual' }));
  await run('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], { cwd: project });
  const script = readFileSync(join(process.cwd(), 'test/package/runtime-check.mjs'), 'utf8');
  writeFileSync(join(project, 'check.mjs'), `const baseUrl = ${JSON.stringify(inject('prismUrl'))};\n${script}`);
  // Every runtime at once, but no more than three processes at a time on a small machine.
  const env = { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', NO_COLOR: '1' };
  let slots = 3;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    while (slots === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    slots--;
  };
  for (const runtime of testRuntimes) {
    const key = runtime.package ?? 'node';
    results.set(
      key,
      (async () => {
        await slot();
        try {
          return await run(runtime.binary, runtime.script('check.mjs'), { cwd: project, env, timeout: 60_000 });
        } finally {
          slots++;
          waiting.shift()?.();
        }
      })(),
    );
  }
  await Promise.allSettled(results.values());
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const pinned = pinnedVersions();
const expectedVersion: Record<string, string> = {
  node: `Node ${process.versions.node}`,
  node22: `Node ${pinned.node22}`,
  node24: `Node ${pinned.node24}`,
  bun: `Bun ${pinned.bun}`,
  deno: `Deno ${pinned.deno}`,
};

describe('the packed package in every runtime', () => {
  it.each(Object.keys(expectedVersion))('%s: client, validation, typed errors, webhook verification and the Web handler', async (key) => {
    const { stdout } = await results.get(key)!;
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({
      runtime: expectedVersion[key],
      client: '01HPR8S7YF43PV3QV16TZDC80P',
      validation: true,
      notFound: true,
      webhook: 'payout-request.update approved',
      tampered: 'PalommaWebhookSignatureError (a PalommaError)',
      signatureError: true,
      handler: [200, 200, 401],
      processed: 1,
    });
  });

  it.each([
    ['ESM', 'node-entries.mjs', "import { createServer } from 'node:http';\nimport { PalommaConfigError, PalommaError } from 'palomma-openapi';\nimport { createWebhookHandler } from 'palomma-openapi/webhooks';\nimport { toNodeListener } from 'palomma-openapi/webhooks/node';\nimport { createRedisWebhookStore } from 'palomma-openapi/webhooks/redis';"],
    ['CommonJS', 'node-entries.cjs', "const { createServer } = require('node:http');\nconst { PalommaConfigError, PalommaError } = require('palomma-openapi');\nconst { createWebhookHandler } = require('palomma-openapi/webhooks');\nconst { toNodeListener } = require('palomma-openapi/webhooks/node');\nconst { createRedisWebhookStore } = require('palomma-openapi/webhooks/redis');"],
  ])('the Node-only entries load as %s without redis installed, sharing the package\'s error classes', async (_kind, file, load) => {
    writeFileSync(
      join(project, file),
      `${load}
let refused;
try { createRedisWebhookStore({}); } catch (error) { refused = error instanceof PalommaConfigError && error instanceof PalommaError; }
const server = createServer(toNodeListener(createWebhookHandler({ integrityKey: 'k', onEvent: () => {} })));
server.listen(0, '127.0.0.1', async () => {
  const response = await fetch('http://127.0.0.1:' + server.address().port + '/webhooks');
  console.log(JSON.stringify({ refused, status: response.status }));
  server.close();
});
`,
    );
    const { stdout } = await run(process.execPath, [file], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ refused: true, status: 405 });
  });

  it('tests Node 20, the floor package.json states, as the Node running the tests', () => {
    expect(process.versions.node.split('.')[0]).toBe('20');
    expect(JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).engines.node).toBe('>=20.19');
  });
});
