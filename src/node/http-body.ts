// Reads a request's body for a local server, up to a bound, so no request can make it hold more.
import type { IncomingMessage } from 'node:http';

/** The most a local server reads of a body: 1 MB. */
export const maxBody = 1_000_000;

/** A request body larger than the server reads (answer 413). */
export class BodyTooLarge extends Error {
  readonly status = 413;
}

/** The body as text; rejects with BodyTooLarge (and stops reading) past `limit` bytes. */
export function readBody(request: IncomingMessage, limit: number = maxBody): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge('body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
