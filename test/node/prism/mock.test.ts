// palomma-openapi/mock: the README's "in your own tests" example as written, then what it promises: Prefer
// headers, dynamic data the client accepts, loopback only, close() that really stops Prism, and the bin.

// ---- README example (Contract testing → "A mock for your own tests"), imports pointed at the source ----
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPalommaClient, type CreatePayoutTargetBody } from '../../../src/client/index.js';
import { startMockServer, type MockServer } from '../../../src/node/prism/mock.js';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer(); // Prism on 127.0.0.1 and a free port, serving the spec this package ships
});
afterAll(() => mock.close());

const body: CreatePayoutTargetBody = {
  customerId: '01HPR57X6QR5ZRKEEKBSDBW4RA',
  redirectUrl: 'https://merchant.example.com/payouts/return',
  type: 'bankAccount',
  bankAccount: { bank: 'santander', accountType: 'savings', accountNumber: '4563789012' },
};

it('registers a payout target and gets the URL to send the customer to', async () => {
  const palomma = createPalommaClient({ token: 'test-token', baseUrl: mock.url });
  const target = await palomma.payoutTargets.create(body);
  expect(target.status).toBe('active');
  expect(target.authUrl).toMatch(/^https:\/\//);
});

it('copes with a refused API key', async () => {
  const palomma = createPalommaClient({ token: 'test-token', baseUrl: mock.url });
  const { error, response } = await palomma.POST('/payoutTargets', { body, headers: { Prefer: 'code=401' } });
  expect(response.status).toBe(401);
  expect(error).toEqual({ message: 'Unauthorized' });
});
// ---- end of the README example ----

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe } from 'vitest';
import { build } from 'esbuild';
import { exampleCalls } from '../../../src/node/cli/contract-check.js';
import { PalommaValidationError } from '../../../src/client/index.js';
import { responseIssues } from '../../../src/client/validation/index.js';
import { spec } from '../../helpers/spec.js';
import { runCli, spawnCli } from '../../helpers/spawn-cli.js';

const createOperation = spec.paths['/payoutTargets'].post;
const send = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/payoutTargets`, {
    method: 'POST',
    headers: { authorization: 'Bearer test-token', 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** Local addresses of the sockets listening on `port`, from /proc/net/tcp{,6}; undefined off Linux. */
function listeningAddresses(port: number): string[] | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      if (file === '/proc/net/tcp') return undefined;
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === '0A' && local?.endsWith(`:${hexPort}`)) found.push(local.split(':')[0]!);
    }
  }
  return found;
}

const refused = (host: string, port: number) =>
  new Promise<string>((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });

describe('startMockServer', () => {
  it("answers Prefer: code=401 with the spec's 401 example, and Prefer: example=… with that example", async () => {
    const unauthorized = await send(mock.url, { prefer: 'code=401' });
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toEqual(spec.components.responses.Unauthorized.content['application/json'].example);
    const cancelled = await send(mock.url, { prefer: 'example=cancelled' });
    expect(await cancelled.json()).toEqual(createOperation.responses['200'].content['application/json'].examples.cancelled.value);
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(new URL(mock.url).hostname).toBe('127.0.0.1');
    const addresses = listeningAddresses(mock.port);
    if (addresses) expect(addresses).toEqual(['0100007F']); // 127.0.0.1, and no other socket on that port
    const external = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external) expect(await refused(external.address, mock.port)).toBe('ECONNREFUSED');
    await expect(startMockServer({ host: '0.0.0.0' })).rejects.toThrow(/Refusing to listen on 0\.0\.0\.0.*allowRemote/);
  });

  it("gives dynamic bodies that pass the client's response validation, for every operation", async () => {
    // Prefer: dynamic=true asks the static mock for generated data, different on every request.
    const failures: string[] = [];
    for (let round = 0; round < 5; round++) {
      for (const call of exampleCalls(spec)) {
        const response = await fetch(`${mock.url}${call.path}`, {
          method: call.method,
          headers: { authorization: 'Bearer test-token', 'content-type': 'application/json', prefer: 'dynamic=true' },
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
        });
        const data: unknown = await response.json();
        const issues = await responseIssues(call.method, call.template, response.status, data);
        if (response.status !== 200 || issues === undefined || issues.length) failures.push(`${call.method} ${call.path} ${response.status}: ${JSON.stringify(issues)} ${JSON.stringify(data)}`);
      }
    }
    expect(failures).toEqual([]);

    // And through the client itself, which throws on a 2xx body that breaks the spec.
    const warnings: unknown[] = [];
    const palomma = createPalommaClient({ token: 'test-token', baseUrl: mock.url, validateResponses: 'throw', onWarning: (w) => warnings.push(w) });
    palomma.use({ onRequest: ({ request }) => void request.headers.set('prefer', 'dynamic=true') });
    const ids = new Set<string | undefined>();
    for (let i = 0; i < 10; i++) ids.add((await palomma.payoutTargets.create(body)).id);
    expect(warnings).toEqual([]);
    expect(ids.size).toBeGreaterThan(1);
  }, 60_000); // five rounds over every operation against a real Prism

  // The life of one mock, in order: it answers, then close() ends it.
  describe('with dynamic and seed', { shuffle: false }, () => {
    let seeded: MockServer;
    beforeAll(async () => {
      seeded = await startMockServer({ dynamic: true, seed: 20240611 });
    });
    afterAll(() => seeded?.close());

    it('generates from the schema, the same body for every request, valid for the client', async () => {
      const first = await (await send(seeded.url)).json();
      const second = await (await send(seeded.url)).json();
      expect(first).toEqual(second);
      expect(first).not.toEqual(createOperation.responses['200'].content['application/json'].examples.active.value);
      expect(await responseIssues('POST', '/payoutTargets', 200, first)).toEqual([]);
    });

    it('still rejects a request that breaks the spec', async () => {
      const broken = { ...body, type: 'card' };
      const palomma = createPalommaClient({ token: 'test-token', baseUrl: seeded.url });
      await expect(palomma.payoutTargets.create(broken as unknown as CreatePayoutTargetBody)).rejects.toBeInstanceOf(PalommaValidationError);
      const response = await fetch(`${seeded.url}/payoutTargets`, {
        method: 'POST',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
        body: JSON.stringify(broken),
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('sl-violations')).toMatch(/request","body","type"/);
    });

    it('close() stops the Prism process and frees the port', async () => {
      const { pid } = seeded.child;
      await seeded.close();
      expect(seeded.child.exitCode !== null || seeded.child.signalCode !== null).toBe(true);
      expect(() => process.kill(pid!, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
      expect(await refused('127.0.0.1', seeded.port)).toBe('ECONNREFUSED');
      await seeded.close(); // a second close is harmless
    });
  });

  it('names the install command when the Prism CLI is not installed', async () => {
    // The same module, copied where no node_modules can be found.
    const dir = mkdtempSync(join(tmpdir(), 'palomma-mock-no-prism-'));
    try {
      // An installed package (its package.json beside the module) without the optional Prism peer.
      await build({ entryPoints: [join(process.cwd(), 'src/node/prism/mock.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'mock.mjs'), logLevel: 'error' });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'palomma-openapi', type: 'module' }));
      const isolated = (await import(pathToFileURL(join(dir, 'mock.mjs')).href)) as typeof import('../../../src/node/prism/mock.js');
      let resolvable = true;
      try {
        isolated.prismCliPath();
      } catch {
        resolvable = false;
      }
      if (resolvable) return; // installed globally on this machine: nothing to show
      await expect(isolated.startMockServer()).rejects.toThrow('npm install --save-dev @stoplight/prism-cli@5.14.2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('palomma mock (the bin)', () => {
  it('starts the mock, answers, and stops on SIGTERM', async () => {
    const bin = spawnCli(['mock', '--port', '0']);
    try {
      const url = (await bin.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/, 60_000))?.[1];
      expect(url, bin.output()).toBeDefined();
      const response = await send(url!);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id: expect.any(String), status: 'active' });

      bin.child.kill('SIGTERM');
      const stopped = await bin.done;
      expect(stopped.code).toBe(143);
      expect(stopped.output.trimEnd().split('\n').at(-1)).toBe('Palomma mock stopped (SIGTERM).');
      expect(await refused('127.0.0.1', Number(new URL(url!).port))).toBe('ECONNREFUSED');
    } finally {
      await bin.stop();
    }
  }, 90_000);

  it('refuses a --host beyond loopback without --allow-remote', async () => {
    const bin = await runCli(['mock', '--host', '0.0.0.0', '--port', '0']);
    expect(bin.code).toBe(1);
    expect(bin.output).toMatch(/Refusing to listen on 0\.0\.0\.0/);
  });
});
