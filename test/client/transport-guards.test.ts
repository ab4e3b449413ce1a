// What the transport guards against, each against a local server that misbehaves on purpose: redirects are not
// followed, bodies are capped, Retry-After is parsed strictly, calls sharing a signal leak no listeners, the timeout
// covers a streamed body, and timeouts no timer can hold are refused.
import { getEventListeners } from 'node:events';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createPalommaClient,
  PalommaConfigError,
  PalommaError,
  PalommaRateLimitError,
  PalommaRedirectError,
  PalommaResponseTooLargeError,
  PalommaTimeoutError,
} from '../../src/client/index.js';
import { retryAfterMs } from '../../src/client/transport/retry-after.js';
import { retryPolicy } from '../../src/client/transport/retry.js';
import { canary, expectNoCanary, startHostileServer } from '../helpers/hostile-server.js';
import { startHttpServer, type Handler } from '../helpers/http-server.js';
import { exampleCreateBody, examplePayoutTarget } from '../helpers/spec.js';

/** The test server, counting the body bytes it has written. */
async function listen(handler: Handler) {
  let sent = 0;
  const server = await startHttpServer((request, response) => {
    const write = response.write.bind(response);
    response.write = ((chunk: Buffer | string, ...rest: never[]) => {
      sent += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    }) as typeof response.write;
    return handler(request, response);
  });
  return Object.assign(server, { bytesSent: () => sent });
}

const okBody = JSON.stringify(examplePayoutTarget());
let hostile: Awaited<ReturnType<typeof listen>>;
let elsewhere: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  elsewhere = await listen((_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(okBody));
  hostile = await listen((request, response) => {
    const [, prefix, ...rest] = request.url!.split('/');
    switch (prefix) {
      case 'redirect': // /redirect/<status>/...: to the other server, with the same path
        return response.writeHead(Number(rest[0]), { location: `${elsewhere.url}/${rest.join('/')}` }).end();
      case 'redirect-relative':
        return response.writeHead(308, { location: '/elsewhere' }).end();
      case 'huge': {
        // An endless chunked body: only the client's cap ends it.
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (!response.destroyed && response.write(chunk));
          if (!response.destroyed && sentBytes() < 64 * 1024 * 1024) response.once('drain', pump);
        };
        const sentBytes = hostile.bytesSent;
        response.write('[');
        pump();
        return;
      }
      case 'declared-huge':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(300 * 1024 * 1024) });
        return response.write('{');
      case 'gzip-bomb': {
        const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
        return response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) }).end(bomb);
      }
      case 'retry-after': {
        // /retry-after/<value>/...: 429 with that header value the first time, 200 after.
        const value = decodeURIComponent(rest[0]!);
        return hostile.hits('retry-after') % 2 === 1
          ? response.setHeader('retry-after', value.split('|')).writeHead(429).end()
          : response.writeHead(200, { 'content-type': 'application/json' }).end(okBody);
      }
      case 'always-429':
        return response.setHeader('retry-after', ['2', '2']).writeHead(429).end();
      case 'limited':
        return response.writeHead(429).end();
      case 'limited-30s':
        return response.writeHead(429, { 'retry-after': '30' }).end();
      case 'stall-stream':
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.write('{"id":');
      case 'stream':
        return response.writeHead(200, { 'content-type': 'application/json' }).end(okBody);
      default:
        return response.writeHead(404).end();
    }
  });
});
afterAll(async () => {
  await hostile.close();
  await elsewhere.close();
});

const originalPolicy = { ...retryPolicy };
beforeEach(() => Object.assign(retryPolicy, { baseDelayMs: 5, maxDelayMs: 20 }));
afterEach(() => Object.assign(retryPolicy, originalPolicy));

const client = (prefix: string, options = {}) => createPalommaClient({ token: canary, baseUrl: `${hostile.url}/${prefix}`, timeout: 3_000, ...options });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('expected a failure'), (e: unknown) => e);
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('redirects are never followed', () => {
  it.each([307, 308, 301, 302, 303])('a %i to another origin: a PalommaRedirectError, nothing sent there', async (status) => {
    const before = elsewhere.requests.length;
    const error = (await failure(client(`redirect/${status}`).payoutTargets.create(exampleCreateBody()))) as PalommaRedirectError;
    expect(error).toBeInstanceOf(PalommaRedirectError);
    expect(error).toMatchObject({ status, targetOrigin: elsewhere.url, method: 'POST', path: '/payoutTargets' });
    expect(error.message).toContain(`${status} redirect to ${elsewhere.url}`);
    expect(elsewhere.requests.length - before).toBe(0);
    expectNoCanary(error);
  });

  it('a relative redirect on a GET is not followed either', async () => {
    const error = (await failure(client('redirect-relative').payoutTargets.retrieve('pt_1'))) as PalommaRedirectError;
    expect(error).toMatchObject({ status: 308, targetOrigin: hostile.url });
    expect(hostile.hits('redirect-relative')).toBe(1);
    expect(hostile.hits('elsewhere')).toBe(0);
  });
});

describe('maxResponseBytes caps what a response may bring', () => {
  it('an endless body stops at the cap with a PalommaResponseTooLargeError; the server is cut off soon after', async () => {
    const error = (await failure(client('huge', { maxResponseBytes: 256 * 1024 }).payoutTargets.create(exampleCreateBody()))) as PalommaResponseTooLargeError;
    expect(error).toBeInstanceOf(PalommaResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxResponseBytes: 256 * 1024, body: undefined });
    expect(error.message).toContain('larger than maxResponseBytes (262144 bytes)');
    // The download was cancelled: far less than the 64 MiB the server would send went out (socket buffers aside).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hostile.bytesSent()).toBeLessThan(16 * 1024 * 1024);
  });

  it('a declared Content-Length over the cap fails at the headers', async () => {
    const error = await failure(client('declared-huge').payoutTargets.create(exampleCreateBody()));
    expect(error).toBeInstanceOf(PalommaResponseTooLargeError);
    expect((error as PalommaResponseTooLargeError).maxResponseBytes).toBe(10 * 1024 * 1024);
  });

  it('a small gzip body that inflates past the cap is counted after decompression', async () => {
    const error = await failure(client('gzip-bomb', { maxResponseBytes: 1024 * 1024 }).payoutTargets.create(exampleCreateBody()));
    expect(error).toBeInstanceOf(PalommaResponseTooLargeError);
  });

  it('the option is checked', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Infinity, '1000']) {
      expect(() => createPalommaClient({ token: canary, maxResponseBytes: bad as number })).toThrowError(/^maxResponseBytes: /);
    }
  });
});

describe('Retry-After is read as RFC 9110 says', () => {
  it('parses delay-seconds and the three HTTP-date forms, ignores everything else', () => {
    const now = Date.parse('1994-11-06T08:49:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(' 3 ', now)).toBe(3_000);
    expect(retryAfterMs('Sun, 06 Nov 1994 08:49:37 GMT', now)).toBe(37_000);
    expect(retryAfterMs('Sunday, 06-Nov-94 08:49:37 GMT', now)).toBe(37_000);
    expect(retryAfterMs('Sun Nov  6 08:49:37 1994', now)).toBe(37_000);
    for (const bad of ['2, 2', '0x1', '1e308', '1e3', '-1', '1.5', '', 'soon', 'Infinity', '2001-01-01']) expect(retryAfterMs(bad, now)).toBeUndefined();
  });

  it.each(['2|2', '0x1', '1e308'])('Retry-After %s from a server is ignored: the normal backoff applies and the retry succeeds', async (value) => {
    // A header read as a wait (1 s for 0x1, for ever for 1e308) would be longer than this ceiling, and the 429 would
    // come back at once instead of being retried: no clock needed to tell the two apart.
    Object.assign(retryPolicy, { maxRetryAfterMs: 100 });
    const before = hostile.hits('retry-after');
    await expect(client(`retry-after/${encodeURIComponent(value)}`).payoutTargets.create(exampleCreateBody())).resolves.toEqual(examplePayoutTarget());
    expect(hostile.hits('retry-after') - before).toBe(2);
  });

  it('a doubled header on the error: retryAfter is undefined, not 0', async () => {
    const error = await failure(client('always-429', { maxRetries: 0 }).payoutTargets.create(exampleCreateBody()));
    expect(error).toBeInstanceOf(PalommaRateLimitError);
    expect((error as PalommaRateLimitError).retryAfter).toBeUndefined();
  });
});

describe('many calls sharing one AbortSignal', () => {
  it('30 calls waiting in backoff on one signal: no MaxListenersExceededWarning, no listener left', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    Object.assign(retryPolicy, { baseDelayMs: 40, maxDelayMs: 40 });
    const controller = new AbortController();
    try {
      const limited = client('limited', { maxRetries: 1 });
      const calls = Array.from({ length: 30 }, () => limited.payoutTargets.create(exampleCreateBody(), { signal: controller.signal }).catch((e: unknown) => e));
      const errors = await Promise.all(calls);
      for (const error of errors) expect(error).toBeInstanceOf(PalommaRateLimitError);
      await new Promise((resolve) => setTimeout(resolve, 20)); // warnings are emitted on a later tick
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('aborting the shared signal ends every waiting call with its reason', async () => {
    const controller = new AbortController();
    const limited = client('limited-30s', { maxRetries: 1 });
    const calls = Array.from({ length: 12 }, () => limited.payoutTargets.create(exampleCreateBody(), { signal: controller.signal }).catch((e: unknown) => e));
    await new Promise((resolve) => setTimeout(resolve, 200));
    controller.abort(new Error('shutting down'));
    for (const error of await Promise.all(calls)) expect(error).toEqual(new Error('shutting down'));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe("parseAs: 'stream' — the timeout covers the body", () => {
  it('a streamed body that stalls errors with PalommaTimeoutError at the timeout', async () => {
    const raw = client('stall-stream', { timeout: 200 });
    const { data } = await raw.GET('/payoutTargets/{payoutTargetId}', { params: { path: { payoutTargetId: 'pt_1' } }, parseAs: 'stream' });
    // A PalommaTimeoutError comes only from the client's own timer; a stream it did not end would hang the test.
    const error = await failure(new Response(data as ReadableStream).text());
    expect(error).toBeInstanceOf(PalommaTimeoutError);
  });

  it('a buffered body without Content-Length that stalls after the headers ends in PalommaTimeoutError', async () => {
    const error = await failure(client('stall-stream', { timeout: 200 }).payoutTargets.retrieve('pt_1'));
    expect(error).toBeInstanceOf(PalommaTimeoutError);
  });

  it("a gzip body that is not gzip, ended by closing the connection (the runtime's own stream then waits for ever), still ends at the timeout", async () => {
    // Found by the property test: no length, no chunking, the body ends when the connection does.
    const raw = await startHostileServer(() => ({
      status: 429,
      headers: [['content-type', 'text/html'], ['content-encoding', 'gzip']],
      body: Buffer.from([0xf1, 0x85, 0xa5, 0x96, 0xeb, 0xb7, 0xbd]),
    }));
    try {
      const palomma = createPalommaClient({ token: canary, baseUrl: raw.url, timeout: 200, maxRetries: 0 });
      const error = await failure(palomma.payoutTargets.retrieve('pt_1'));
      expect(error).toBeInstanceOf(PalommaTimeoutError);
    } finally {
      await raw.close();
    }
  });

  it('a streamed body read to the end leaves no timer behind', async () => {
    const before = timers();
    const raw = client('stream');
    const { data } = await raw.GET('/payoutTargets/{payoutTargetId}', { params: { path: { payoutTargetId: 'pt_1' } }, parseAs: 'stream' });
    expect(JSON.parse(await new Response(data as ReadableStream).text())).toEqual(examplePayoutTarget());
    expect(timers()).toBeLessThanOrEqual(before);
  });
});

describe('timeouts past what timers hold', () => {
  it('are refused at construction and per call, and nothing is sent', async () => {
    for (const bad of [2 ** 31, 1e12, Infinity]) {
      expect(() => client('stream', { timeout: bad })).toThrowError(PalommaConfigError);
      expect(() => client('stream', { timeout: bad })).toThrowError(/^timeout: .*at most 2147483647/);
    }
    const before = hostile.hits('stream');
    await expect(client('stream').payoutTargets.retrieve('pt_1', { timeout: 2 ** 31 })).rejects.toThrowError(PalommaConfigError);
    expect(hostile.hits('stream')).toBe(before);
    expect(() => client('stream', { timeout: 2 ** 31 - 1 })).not.toThrow();
  });
});
