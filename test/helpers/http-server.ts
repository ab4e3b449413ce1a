// The one node:http server of the tests: on 127.0.0.1 and a free port, it records every request (the body once it
// has arrived), hands each to the test's handler once its body is read, and on close cuts any connection still open.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The request target as sent: path and query. */
  url: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body as UTF-8; '' until it has arrived. */
  body: string;
}

/** Answers one request; `request.body` holds the whole body. A handler that throws gets a 500. */
export type Handler = (request: IncomingMessage & { body: string }, response: ServerResponse) => unknown;

export interface TestServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** How many requests arrived whose path starts with `/<prefix>` (its first segment). */
  hits: (prefix: string) => number;
  /** Forgets the requests so far, so a test counts only its own. */
  resetHits: () => void;
  close: () => Promise<void>;
}

export async function startHttpServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const record: RecordedRequest = { method: request.method ?? '', url, path: new URL(url, 'http://test').pathname, headers: request.headers, body: '' };
    requests.push(record); // counted on arrival: a test may look while the body is still coming
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      record.body = Buffer.concat(chunks).toString('utf8');
      Promise.resolve()
        .then(() => handler(Object.assign(request, { body: record.body }), response))
        .catch((error: unknown) => {
          if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(String(error));
        });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    hits: (prefix) => requests.filter((r) => r.path.split('/')[1] === prefix).length,
    resetHits: () => void requests.splice(0),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
