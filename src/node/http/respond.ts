// Answers in Palomma's own error shape (`{ message }`), and a way to refuse a request whose body is still coming.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { drainThenCut } from './drain.js';

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

/**
 * Refuses a request before (or while) its body arrives: the answer (`{ message }`, or what `answer` writes) is sent
 * at once, and what is still coming is read and dropped ({@link drainThenCut}). Closing the connection instead would
 * reset it under a client still sending, which then sees a broken pipe rather than the answer.
 */
export function refuseRequest(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  message: string,
  answer: (response: ServerResponse, status: number, message: string) => void = sendMessage,
): void {
  if (response.headersSent) {
    request.socket.destroy();
    return;
  }
  drainThenCut(request);
  answer(response, status, message);
}
