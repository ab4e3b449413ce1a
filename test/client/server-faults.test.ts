// The client against a local server that misbehaves on purpose: every fault ends in the right named
// error within its time bound, with no unhandled rejection and no timer or socket left behind.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createPalommaClient,
  PalommaApiError,
  PalommaConnectionError,
  PalommaError,
  PalommaRateLimitError,
  PalommaServerError,
  PalommaTimeoutError,
  type FetchLike,
  type PalommaClientOptions,
} from '../../src/client/index.js';
import { retryPolicy } from '../../src/client/transport/retry.js';
import { freePort } from '../helpers/free-port.js';
import { startHttpServer, type TestServer } from '../helpers/http-server.js';
import { exampleCreateBody, examplePayoutTarget } from '../helpers/spec.js';

const token = 'sk_live_canary_do_not_leak_5d1e';
const okBody = JSON.stringify(examplePayoutTarget());
let server: TestServer;
let closedPort: number;
const originalPolicy = { ...retryPolicy };

// One misbehaviour per path prefix; `hit` counts the requests to that prefix, this one included.
type Behaviour = (request: IncomingMessage, response: ServerResponse, hit: number) => void;

beforeAll(async () => {
  const behaviours: Record<string, Behaviour> = {
    json500: (_q, r) => r.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Internal server error"}'),
    html502: (_q, r) => r.writeHead(502, { 'content-type': 'text/html' }).end('<html><h1>502 Bad Gateway</h1></html>'),
    empty200: (_q, r) => r.writeHead(200, { 'content-type': 'application/json', 'content-length': '0' }).end(),
    badJson: (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(okBody.slice(0, 40)),
    shortBody: (_q, r) => {
      r.writeHead(200, { 'content-type': 'application/json', 'content-length': String(okBody.length) });
      r.write(okBody.slice(0, 40));
      setTimeout(() => r.socket?.destroy(), 20).unref();
    },
    reset: (_q, r) => r.socket?.destroy(),
    noHeaders: () => {},
    stallBody: (_q, r) => {
      r.writeHead(200, { 'content-type': 'application/json' });
      r.write('{"id":');
    },
    // unref: the server's own timer must not count as one the client left behind.
    slow: (_q, r) => setTimeout(() => r.writeHead(200, { 'content-type': 'application/json' }).end(okBody), 300).unref(),
    limitedOnce: (_q, r, hit) =>
      hit === 1
        ? r.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' }).end('{"message":"slow down"}')
        : r.writeHead(200, { 'content-type': 'application/json' }).end(okBody),
    limited: (_q, r) => r.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' }).end('{"message":"slow down"}'),
    limitedLong: (_q, r) => r.writeHead(429, { 'retry-after': '3600' }).end(),
    echoToken: (q, r) => r.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `bad token ${q.headers.authorization}` })),
  };
  server = await startHttpServer((request, response) => {
    const prefix = request.url!.split('/')[1]!;
    const behaviour = behaviours[prefix];
    if (behaviour) behaviour(request, response, server.hits(prefix));
    else response.writeHead(404).end();
  });
  closedPort = await freePort();
});

afterAll(() => server.close());

// Fast backoff so the retry tests take milliseconds, restored after each test; each test counts its own hits.
beforeEach(() => {
  Object.assign(retryPolicy, { baseDelayMs: 5, maxDelayMs: 20 });
  server.resetHits();
});
afterEach(() => Object.assign(retryPolicy, originalPolicy));

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

function client(prefix: string, options: Partial<PalommaClientOptions> = {}) {
  return createPalommaClient({ token, baseUrl: `${server.url}/${prefix}`, timeout: 500, ...options });
}

async function failure(prefix: string, options: Partial<PalommaClientOptions> = {}, call = {}) {
  const before = timers();
  const started = performance.now();
  const error = await client(prefix, options)
    .payoutTargets.create(exampleCreateBody(), call)
    .then(() => expect.unreachable('expected a failure'), (e: unknown) => e);
  const elapsed = performance.now() - started;
  // No timer of ours may outlive the call.
  expect(timers()).toBeLessThanOrEqual(before);
  return { error: error as PalommaError, elapsed };
}

function expectNoToken(error: unknown) {
  for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 8, showHidden: true })]) {
    expect(text).not.toContain(token);
  }
}

describe('fault injection', () => {
  it('500 JSON → PalommaServerError with the parsed body, not retried', async () => {
    const { error } = await failure('json500');
    expect(error).toBeInstanceOf(PalommaServerError);
    expect(error).toMatchObject({ status: 500, body: { message: 'Internal server error' }, method: 'POST', path: '/payoutTargets' });
    expect(server.hits('json500')).toBe(1);
    expectNoToken(error);
  });

  it('502 HTML page → PalommaServerError with the raw text', async () => {
    const { error } = await failure('html502');
    expect(error).toBeInstanceOf(PalommaServerError);
    expect((error as PalommaServerError).body).toBe('<html><h1>502 Bad Gateway</h1></html>');
    expect(error.message).toMatch(/^POST \/payoutTargets: 502/);
  });

  it('200 with an empty body → PalommaApiError saying so', async () => {
    const { error } = await failure('empty200');
    expect(error).toBeInstanceOf(PalommaApiError);
    expect(error).toMatchObject({ status: 200, body: undefined });
    expect(error.message).toContain('no body');
  });

  it('200 with truncated JSON → PalommaApiError: not valid JSON', async () => {
    const { error } = await failure('badJson');
    expect(error).toBeInstanceOf(PalommaApiError);
    expect(error.message).toContain('not valid JSON');
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('connection dropped mid-body → PalommaConnectionError, not retried', async () => {
    const { error } = await failure('shortBody');
    expect(error).toBeInstanceOf(PalommaConnectionError);
    expect(error.message).toMatch(/closed before the whole response arrived/);
    expect(server.hits('shortBody')).toBe(1);
  });

  it('connection reset before any response → PalommaConnectionError, not retried (the server may have acted)', async () => {
    const { error } = await failure('reset');
    expect(error).toBeInstanceOf(PalommaConnectionError);
    expect(server.hits('reset')).toBe(1);
    expectNoToken(error);
  });

  it('headers that never come → PalommaTimeoutError at the timeout, not a hang', async () => {
    const { error, elapsed } = await failure('noHeaders', { timeout: 200 });
    expect(error).toBeInstanceOf(PalommaTimeoutError);
    expect(error).toMatchObject({ timeout: 200, method: 'POST', path: '/payoutTargets' });
    // Ended by the client's own timer (a hang would end in the test's timeout instead); how long that takes on a
    // loaded machine is not this test's business, only that it is never early.
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(server.hits('noHeaders')).toBe(1);
  });

  it('a body that stalls after the headers → PalommaTimeoutError too', async () => {
    const { error } = await failure('stallBody', { timeout: 200 });
    expect(error).toBeInstanceOf(PalommaTimeoutError);
    expect(error).toMatchObject({ timeout: 200 });
  });

  it('the per-call timeout overrides the client\'s', async () => {
    await expect(client('slow', { timeout: 100 }).payoutTargets.create(exampleCreateBody(), { timeout: 2_000 })).resolves.toEqual(
      examplePayoutTarget(),
    );
    const { error } = await failure('slow', { timeout: 2_000 }, { timeout: 100 });
    expect(error).toBeInstanceOf(PalommaTimeoutError);
  });

  it("the caller's AbortSignal aborts the call with the caller's reason", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user went away')), 50);
    // With the 5 s timeout left to run, only the caller's abort can have ended it with this reason.
    const { error } = await failure('noHeaders', { timeout: 5_000 }, { signal: controller.signal });
    expect(error).toEqual(new Error('user went away'));
  });

  it('429 with Retry-After is retried, then succeeds', async () => {
    await expect(client('limitedOnce').payoutTargets.create(exampleCreateBody())).resolves.toEqual(examplePayoutTarget());
    expect(server.hits('limitedOnce')).toBe(2);
  });

  it('429 every time → PalommaRateLimitError with retryAfter after maxRetries + 1 attempts', async () => {
    const { error } = await failure('limited', { maxRetries: 3 });
    expect(error).toBeInstanceOf(PalommaRateLimitError);
    expect((error as PalommaRateLimitError).retryAfter).toBe(0);
    expect(server.hits('limited')).toBe(4);
  });

  it('a Retry-After of an hour is not waited out: the error comes at once', async () => {
    // Waiting even the longest Retry-After the client honours (60 s) would outlast the test's timeout.
    const { error } = await failure('limitedLong');
    expect((error as PalommaRateLimitError).retryAfter).toBe(3600);
    expect(server.hits('limitedLong')).toBe(1);
  });

  it('maxRetries: 0 per call turns retries off', async () => {
    await failure('limited', {}, { maxRetries: 0 });
    expect(server.hits('limited')).toBe(1);
  });

  it('a refused connection (nothing was sent) is retried, then ends in PalommaConnectionError', async () => {
    let attempts = 0;
    const counting: FetchLike = (input, init) => {
      attempts++;
      return fetch(input, init);
    };
    const refused = createPalommaClient({ token, baseUrl: `http://127.0.0.1:${closedPort}`, fetch: counting, maxRetries: 2 });
    const error = await refused.payoutTargets.create(exampleCreateBody()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaConnectionError);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(attempts).toBe(3);
    expectNoToken(error);
  });

  it('redacts the token when a server echoes it back', async () => {
    const { error } = await failure('echoToken');
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${token}`);
    expect(error.message).toContain('[redacted]');
    expectNoToken(error);
  });
});
