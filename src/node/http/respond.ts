// Answers in Palomma's own error shape (`{ message }`), and a way to refuse a request whose body is still coming.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** A JSON answer; `nosniff` so no browser reads it as anything else. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

/** Palomma's error shape: `{ "message": "…" }`. */
export function sendMessage(response: ServerResponse, status: number, message: string, headers: OutgoingHttpHeaders = {}): void {
  sendJson(response, status, { message }, headers);
}

/** How long a refused request's remaining body is read and dropped before its connection is cut. */
const drainMs = 2_000;

/**
 * Refuses a request before (or while) its body arrives: the answer is sent with `Connection: close`, what is still
 * coming is read and dropped (closing a socket with unread data would reset it, and the client would see a reset
 * instead of the answer), and the connection is cut after {@link drainMs} in any case.
 */
export function refuseAndClose(request: IncomingMessage, response: ServerResponse, status: number, message: string): void {
  if (response.headersSent) {
    request.socket.destroy();
    return;
  }
  request.removeAllListeners('data');
  request.resume();
  response.once('finish', () => {
    const timer = setTimeout(() => request.socket.destroy(), drainMs);
    timer.unref();
    request.socket.once('close', () => clearTimeout(timer));
  });
  sendMessage(response, status, message, { connection: 'close' });
}
