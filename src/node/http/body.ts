// Request bodies read with a cap: refused from the declared length before a byte is read, and counted as they come
// otherwise, so no server here buffers more than the cap for one request.
import type { IncomingMessage, Server } from 'node:http';
import { refuseRequest } from './respond.js';

/** The most a request body may hold: the sandbox's limit, applied by every server of the package. */
export const maxBodyBytes = 1_000_000;

export const tooLargeMessage = (limit: number) => `body: larger than ${limit >= 1_000_000 ? `${limit / 1_000_000} MB` : `${limit} bytes`}`;

export type BodyResult = { ok: true; body: Buffer } | { ok: false; status: 400 | 413; message: string };

/** True when the request declares a body longer than `limit`. */
export function declaresMoreThan(request: IncomingMessage, limit: number): boolean {
  const declared = request.headers['content-length'];
  return declared !== undefined && Number(declared) > limit;
}

/**
 * Reads the body, at most `limit` bytes: `{ ok: false, status: 413 }` as soon as it declares or sends more (the rest
 * is left unread, for {@link refuseRequest}), 400 when the connection breaks off mid-body.
 */
export function readBody(request: IncomingMessage, limit = maxBodyBytes): Promise<BodyResult> {
  if (declaresMoreThan(request, limit)) return Promise.resolve({ ok: false, status: 413, message: tooLargeMessage(limit) });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      cleanup();
      request.pause();
      resolve({ ok: false, status: 413, message: tooLargeMessage(limit) });
    };
    const onEnd = () => {
      cleanup();
      resolve({ ok: true, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) });
    };
    const onBroken = () => {
      cleanup();
      resolve({ ok: false, status: 400, message: 'body: the connection closed before the whole body arrived' });
    };
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onBroken);
      request.off('aborted', onBroken);
    };
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', onBroken);
    request.once('aborted', onBroken);
  });
}

/**
 * Bounds what one client can hold of a server: time to send headers and a whole request, idle keep-alive time,
 * connections at once, and (for `Expect: 100-continue`) a 413 before a too-large body is even sent.
 */
export function boundServer(server: Server, { limit = maxBodyBytes, maxConnections = 512 } = {}): Server {
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxConnections = maxConnections;
  server.on('checkContinue', (request, response) => {
    if (declaresMoreThan(request, limit)) return refuseRequest(request, response, 413, tooLargeMessage(limit));
    response.writeContinue();
    server.emit('request', request, response);
  });
  return server;
}
