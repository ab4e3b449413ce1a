// toNodeListener: a Web-standard handler as a Node `(req, res)` listener, for node:http, Express and Fastify. It
// reads the raw body itself (up to a cap), so the headers and body reach the handler as Palomma sent them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PalommaConfigError } from '../../client/errors.js';

/** A Web-standard handler, such as `createWebhookHandler()`'s. */
export type WebRequestHandler = (request: Request) => Response | Promise<Response>;

/** What `toNodeListener` returns: mount it where node:http, Express or Fastify take `(req, res)`. */
export type NodeRequestListener = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface NodeListenerOptions {
  /**
   * The largest request body read, in bytes; a longer one is answered 413 without being buffered. Default 1 MiB:
   * a Palomma delivery's body is its JSON envelope, a few KiB.
   */
  maxBodyBytes?: number;
}

const defaultMaxBodyBytes = 1024 * 1024;

/**
 * Wraps a Web-standard handler for Node's `(req, res)` servers:
 *
 * - node:http: `createServer(toNodeListener(handler))`;
 * - Express: `app.post('/webhooks/palomma', toNodeListener(handler))`, before any body parser;
 * - Fastify: `reply.hijack()`, then `toNodeListener(handler)(request.raw, reply.raw)`.
 *
 * The request body is read here, raw, up to `maxBodyBytes`. If a body parser has already consumed it, the handler
 * gets no body; Palomma's signature covers the `X-Encoded-Data` header, so verification still works.
 */
export function toNodeListener(handler: WebRequestHandler, options: NodeListenerOptions = {}): NodeRequestListener {
  if (typeof handler !== 'function') throw new PalommaConfigError('toNodeListener: handler must be a function (request: Request) => Response');
  const { maxBodyBytes = defaultMaxBodyBytes } = options ?? {};
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 0) {
    throw new PalommaConfigError(`toNodeListener: maxBodyBytes must be a whole number of bytes; got ${typeof maxBodyBytes === 'number' ? maxBodyBytes : typeof maxBodyBytes}`);
  }

  return async function nodeListener(req, res) {
    const body = await readBody(req, maxBodyBytes);
    if (body === tooLarge) {
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ error: `the request body is over ${maxBodyBytes} bytes` }));
      return;
    }
    // The client going away before the answer aborts the request's signal, for handlers that watch it.
    const aborted = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) aborted.abort();
    });
    let response: Response;
    try {
      const method = req.method ?? 'GET';
      response = await handler(
        new Request(requestUrl(req), {
          method,
          headers: requestHeaders(req),
          body: method === 'GET' || method === 'HEAD' ? null : body,
          signal: aborted.signal,
        }),
      );
    } catch {
      // The handler's own failure: its message is not ours to show a caller.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'internal error' }));
      return;
    }
    await writeResponse(response, req, res);
  };
}

const tooLarge = Symbol('too large');

/** The raw body, or `tooLarge`; an empty one when a body parser already read the stream. */
function readBody(req: IncomingMessage, max: number): Promise<Uint8Array<ArrayBuffer> | typeof tooLarge> {
  const declared = Number(req.headers['content-length']);
  if (declared > max) return discard(req);
  if (req.readableEnded) return Promise.resolve(new Uint8Array(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      cleanup();
      resolve(discard(req));
    };
    const onEnd = () => (cleanup(), resolve(Buffer.concat(chunks, size) as Uint8Array<ArrayBuffer>));
    const onError = (error: Error) => (cleanup(), reject(error));
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

// The rest of an oversized body is read and dropped (not kept), and the connection closed after the 413.
function discard(req: IncomingMessage): Promise<typeof tooLarge> {
  req.resume();
  return Promise.resolve(tooLarge);
}

/** The request's URL, on the Host it named if that is a valid host, else on localhost. */
function requestUrl(req: IncomingMessage): string {
  // Express rewrites req.url inside a mounted router; originalUrl is what the client asked for.
  const path = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const host = req.headers.host;
  const secure = (req.socket as { encrypted?: boolean }).encrypted === true;
  try {
    if (host && path.startsWith('/')) return new URL(path, `${secure ? 'https' : 'http'}://${host}`).href;
  } catch {
    // an invalid Host header: fall back below
  }
  return new URL(path.startsWith('/') ? path : '/', 'http://localhost').href;
}

/** Every header as received, repeats included (so a repeated X-Signature stays visible); no HTTP/2 pseudo-headers. */
function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.startsWith(':')) continue;
    try {
      headers.append(name, raw[i + 1]!);
    } catch {
      // A value fetch's Headers refuses (Node accepted it): left out, as a fetch client could not have sent it.
    }
  }
  return headers;
}

async function writeResponse(response: Response, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, response.statusText || undefined, headers);
  if (!response.body || req.method === 'HEAD') return void res.end();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await drained(res);
      if (res.destroyed) return void reader.cancel().catch(() => undefined);
    }
    res.end();
  } catch {
    res.destroy();
  }
}

/** Resolves when `res` can take more, or is gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
