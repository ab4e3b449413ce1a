// The guard front every Prism-backed port uses: what it refuses (and how), what it passes on (and how), its CORS,
// and how it waits out a restart. Behind it here: a recording loopback server, so each check is seen from both sides.
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGuardFront, type GuardFront } from '../../../src/node/prism/front.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
let upstream: Server;
let upstreamPort: number;
const seen: Seen[] = [];
let front: GuardFront;
const docsOrigin = 'http://127.0.0.1:8080';

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      // What Prism sends with its CORS on: every origin echoed, with credentials.
      res.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': String(req.headers.origin ?? '*'),
        'access-control-allow-credentials': 'true',
        'access-control-allow-headers': '*',
      });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamPort = (upstream.address() as AddressInfo).port;
  front = await startGuardFront({ port: 0, name: 'the mock', allowedOrigins: [docsOrigin], holdMs: 3_000 });
  await front.switchTo({ port: upstreamPort, headers: { 'x-palomma-front': 'per-start-secret' } });
});
afterAll(async () => {
  await front.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

/** A raw request (fetch would refuse some of these, or set Host itself). */
function send(options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: front.port, method: options.method ?? 'GET', path: options.path ?? '/customers', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
const message = (body: string) => JSON.parse(body).message as string;

describe('refused before the target sees it, in Palomma’s { message } shape', () => {
  it.each([
    ['broken percent-encoding in the path', { path: '/customers/%E0%A4%A' }, 400, /^path: is not valid percent-encoding/],
    ['broken percent-encoding in the query', { path: '/customers?cursor=%zz' }, 400, /^query:/],
    ['JSON nested 5 000 levels deep', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '['.repeat(5_000) + ']'.repeat(5_000) }, 400, /nested deeper than 64 levels/],
    ['a JSON body that is not JSON', { method: 'POST', headers: { 'content-type': 'application/merge-patch+json' }, body: '{"a":' }, 400, /not valid JSON/],
    ['a body over 1 MB', { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.alloc(1_000_001, 32) }, 413, /larger than 1 MB/],
    ['a Host that is not this machine (DNS rebinding)', { headers: { host: 'evil.example' } }, 403, /^Host: .*is not a name this server answers to/],
    ['a page of another site', { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, body: 'x' }, 403, /^Origin: "http:\/\/evil.example" is another site's page/],
    ['a GET from a page of another site too', { headers: { origin: 'http://127.0.0.1:9' } }, 403, /^Origin:/],
  ] as const)('%s', async (_what, options, status, reason) => {
    const before = seen.length;
    const answer = await send(options as Parameters<typeof send>[0]);
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(message(answer.body)).toMatch(reason);
    expect(seen.length).toBe(before);
  });

  it('a body over 1 MB sent chunked, without a length, gets its 413 too (not a reset)', async () => {
    const answer = await fetch(`${front.url}/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([Buffer.alloc(3_000_000, 32)]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(answer.status).toBe(413);
    expect(await answer.json()).toEqual({ message: 'body: larger than 1 MB' });
  });

  it('Expect: 100-continue with a length over 1 MB is refused before the body is sent', async () => {
    const answer = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: front.port, method: 'POST', path: '/customers', headers: { expect: '100-continue', 'content-length': '50000000' } });
      req.on('continue', () => reject(new Error('the front asked for the body')));
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', () => {});
      req.flushHeaders();
    });
    expect(answer).toBe(413);
  });
});

describe('passed on', () => {
  it('with its body, the target’s headers, and the client’s copy of the secret header replaced', async () => {
    const answer = await send({ method: 'POST', path: '/customers?limit=1', headers: { 'content-type': 'application/json', 'x-palomma-front': 'forged', authorization: 'Bearer t' }, body: '{"name":"Ana"}' });
    expect(answer.status).toBe(200);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', url: '/customers?limit=1', body: '{"name":"Ana"}' });
    expect(last.headers['x-palomma-front']).toBe('per-start-secret');
    expect(last.headers.authorization).toBe('Bearer t');
    expect(last.headers['content-length']).toBe('14');
  });

  it('Prism’s CORS echo is stripped: no origin is told it may read, credentials never', async () => {
    const answer = await send({ headers: { host: `localhost:${front.port}`, origin: `http://localhost:${front.port}` } });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('the docs page’s origin may read (CORS without credentials) and preflight the Authorization header', async () => {
    const preflight = await send({ method: 'OPTIONS', headers: { origin: docsOrigin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(docsOrigin);
    expect(preflight.headers['access-control-allow-headers']).toBe('authorization, content-type');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const answer = await send({ headers: { origin: docsOrigin } });
    expect(answer.headers['access-control-allow-origin']).toBe(docsOrigin);
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('a preflight from any other page is refused without CORS headers', async () => {
    const preflight = await send({ method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('while the target is restarted', () => {
  it('a request waits for the next target instead of failing; with none coming it gets a 503 saying why', async () => {
    front.hold('Prism died');
    const waiting = send({ path: '/customers/held' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await front.switchTo({ port: upstreamPort, headers: { 'x-palomma-front': 'per-start-secret' } });
    expect((await waiting).status).toBe(200);

    const spare = await startGuardFront({ port: 0, name: 'the mock', holdMs: 200 });
    try {
      const first = await fetch(spare.url);
      expect(first.status).toBe(503);
      expect(await first.json()).toEqual({ message: 'the mock is starting' });
      spare.hold('Prism died (exit code 1)');
      const held = await fetch(spare.url);
      expect(held.status).toBe(503);
      expect((await held.json()).message).toBe('the mock is being restarted (Prism died (exit code 1)); try again in a moment');
      spare.fail('Prism could not be started again');
      expect((await (await fetch(spare.url)).json()).message).toBe('Prism could not be started again');
    } finally {
      await spare.close();
    }
  });
});
