// toNodeListener on a real node:http server: the Web request it builds (method, URL, every header, the raw body),
// the body cap, a body a parser already read, and the answers written back.
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PalommaConfigError } from '../../../src/client/errors.js';
import { toNodeListener, type WebRequestHandler } from '../../../src/node/webhooks/node-listener.js';
import { createWebhookHandler, signWebhook, type WebhookEventListener } from '../../../src/webhooks/index.js';
import { exampleEnvelope, integrityKey } from '../../helpers/webhooks.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)))));
});

async function serve(listener: (req: IncomingMessage, res: import('node:http').ServerResponse) => void): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A raw HTTP/1.1 request, for what fetch will not send (repeated headers, a hostile Host). */
function rawRequest(url: string, options: { method?: string; headers: [string, string][]; body?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const flat = options.headers.flat();
    const req = httpRequest({ host: target.hostname, port: target.port, path: target.pathname, method: options.method ?? 'POST', headers: flat, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('toNodeListener', () => {
  it('hands the handler a Web Request with the method, URL, every header and the raw body', async () => {
    const seen: Record<string, unknown>[] = [];
    const handler: WebRequestHandler = async (request) => {
      seen.push({ method: request.method, url: request.url, type: request.headers.get('content-type'), trace: request.headers.get('x-trace'), body: await request.text() });
      return new Response('made', { status: 201, headers: { 'x-answer': 'yes' } });
    };
    const base = await serve(toNodeListener(handler));
    const body = '{"exactly": "as sent",  "spaces": true}';
    const response = await fetch(`${base}/webhooks/palomma?x=1`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-trace': 't1' }, body });
    expect([response.status, response.headers.get('x-answer'), await response.text()]).toEqual([201, 'yes', 'made']);
    expect(seen).toEqual([{ method: 'POST', url: `${base}/webhooks/palomma?x=1`, type: 'application/json', trace: 't1', body }]);
  });

  it('processes a signed delivery through createWebhookHandler, and refuses one whose X-Signature is repeated', async () => {
    const onEvent = vi.fn<WebhookEventListener>();
    const base = await serve(toNodeListener(createWebhookHandler({ integrityKey, onEvent, onError: () => {} })));
    const envelope = exampleEnvelope('payout-target.update');
    const headers = await signWebhook({ envelope, integrityKey });
    const doubled = await rawRequest(`${base}/webhooks`, {
      headers: [['Host', '127.0.0.1'], ['X-Encoded-Data', headers['X-Encoded-Data']], ['X-Signature', headers['X-Signature']], ['X-Signature', headers['X-Signature']]],
    });
    expect(doubled.status).toBe(401);
    expect(onEvent).not.toHaveBeenCalled();
    const response = await fetch(`${base}/webhooks`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
    expect([response.status, await response.json()]).toEqual([200, { status: 'processed' }]);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it('answers 413 to a body over maxBodyBytes, declared or streamed, without calling the handler', async () => {
    const handler = vi.fn<WebRequestHandler>(() => new Response('ok'));
    const base = await serve(toNodeListener(handler, { maxBodyBytes: 1_000 }));
    const declared = await fetch(base, { method: 'POST', body: 'x'.repeat(1_001) });
    expect([declared.status, await declared.json()]).toEqual([413, { error: 'the request body is over 1000 bytes' }]);
    const streamed = await fetch(base, {
      method: 'POST',
      body: new ReadableStream({
        pull(controller) {
          controller.enqueue(new TextEncoder().encode('y'.repeat(600)));
          if ((this as { sent?: number }).sent === undefined) (this as { sent?: number }).sent = 1;
          else controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await fetch(base, { method: 'POST', body: 'z'.repeat(1_000) }).then((r) => r.status)).toBe(200);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('still verifies when a body parser has already read the body: the signature is in the headers', async () => {
    const onEvent = vi.fn<WebhookEventListener>();
    const listener = toNodeListener(createWebhookHandler({ integrityKey, onEvent }));
    const base = await serve(async (req, res) => {
      for await (const _chunk of req); // what express.json() or Fastify's parser would have done
      await listener(req, res);
    });
    const envelope = exampleEnvelope('payin-request.update');
    const response = await fetch(base, { method: 'POST', headers: await signWebhook({ envelope, integrityKey }), body: JSON.stringify(envelope) });
    expect(response.status).toBe(200);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it('answers 500 with nothing of the error when the handler throws, and survives a hostile Host header', async () => {
    const base = await serve(
      toNodeListener((request) => {
        if (request.headers.get('x-fail')) throw new Error(`secret ${integrityKey}`);
        return new Response(new URL(request.url).host);
      }),
    );
    const failed = await fetch(base, { method: 'POST', headers: { 'x-fail': '1' } });
    expect([failed.status, await failed.text()]).toEqual([500, '{"error":"internal error"}']);
    const hostile = await rawRequest(base, { method: 'GET', headers: [['Host', 'evil host/../']] });
    expect(hostile).toEqual({ status: 200, body: 'localhost' });
  });

  it('writes every Set-Cookie header, and no body to a HEAD', async () => {
    const base = await serve(
      toNodeListener(() => {
        const headers = new Headers({ 'content-type': 'text/plain' });
        headers.append('set-cookie', 'a=1');
        headers.append('set-cookie', 'b=2');
        return new Response('body', { headers });
      }),
    );
    const response = await fetch(base);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    const head = await fetch(base, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it('refuses a handler that is not a function and a negative or fractional cap', () => {
    expect(() => toNodeListener('handler' as never)).toThrow(PalommaConfigError);
    for (const maxBodyBytes of [-1, 1.5]) expect(() => toNodeListener(() => new Response(), { maxBodyBytes })).toThrow(/maxBodyBytes must be a whole number/);
  });
});
