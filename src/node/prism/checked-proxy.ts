// A front for a Prism port that pretends to be Palomma: it refuses a request itself, in Palomma's words, when
// `check` says so, forwards every other request to Prism, and turns Prism's own answers into Palomma's shape. So
// Prism only ever sees requests the spec allows and still judges every answer, and no caller meets problem+json.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BodyTooLarge, maxBody, readBody } from '../http-body.js';
import { inPalommaShape } from './palomma-shape.js';

/** A request as the front hands it to `check`. */
export interface FrontRequest {
  method: string;
  /** The URL the caller used (the front's origin, its path and query). */
  url: string;
  authorization: string | undefined;
  bodyText: string;
}

/** What `check` answers for a request the front must refuse itself. */
export interface FrontRefusal {
  status: number;
  body: unknown;
}

export interface CheckedProxyOptions {
  /** Prism's URL (loopback). */
  target: string;
  port: number;
  host: string;
  /** The front's own answer to a request that must not reach Prism, or undefined to forward it. */
  check: (request: FrontRequest) => FrontRefusal | undefined;
  /** How long Prism may take to answer, in ms (default 30000). */
  timeoutMs?: number;
}

export interface CheckedProxy {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

// Hop-by-hop and framing headers are the front's own to set; the rest goes to Prism as the caller sent it.
const notForwarded = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade', 'proxy-connection', 'te', 'trailer']);
const notReturned = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date']);

function forwardedHeaders(headers: IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || notForwarded.has(name)) continue;
    for (const item of [value].flat()) out.append(name, item);
  }
  return out;
}

const urlFor = (host: string, port: number) => `http://${host.includes(':') ? `[${host.replace(/^\[|\]$/g, '')}]` : host}:${port}`;

/** Starts the front on `host:port` (0: a free port); resolves once it listens. */
export async function startCheckedProxy({ target, port, host, check, timeoutMs = 30_000 }: CheckedProxyOptions): Promise<CheckedProxy> {
  let origin = '';
  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
  };
  const server: Server = createServer(async (request, response) => {
    try {
      const bodyText = await readBody(request);
      const method = request.method ?? 'GET';
      const refusal = check({ method, url: `${origin}${request.url ?? '/'}`, authorization: request.headers.authorization, bodyText });
      if (refusal) return send(response, refusal.status, refusal.body);
      const answer = await fetch(`${target}${request.url ?? '/'}`, {
        method,
        headers: forwardedHeaders(request.headers),
        body: method === 'GET' || method === 'HEAD' ? undefined : bodyText,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      const answerText = await answer.text();
      const reshaped = inPalommaShape(answer.status, answer.headers.get('content-type'), answerText);
      if (reshaped) return send(response, reshaped.status, reshaped.body, reshaped.headers);
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!notReturned.has(name)) headers[name] = value;
      });
      response.writeHead(answer.status, { ...headers, 'content-length': Buffer.byteLength(answerText) }).end(answerText);
    } catch (error) {
      if (response.headersSent) return void response.destroy();
      // Palomma declares 400 and 500 for every operation: a body too large is the caller's, anything else ours.
      if (error instanceof BodyTooLarge) send(response, 400, { message: `body: larger than ${maxBody / 1_000_000} MB` });
      else send(response, 500, { message: 'the API behind this port did not answer' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host.replace(/^\[|\]$/g, ''), () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  origin = urlFor(host, bound);
  let closing: Promise<void> | undefined;
  return {
    url: origin,
    port: bound,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      })),
  };
}
