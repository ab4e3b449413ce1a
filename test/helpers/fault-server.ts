// A node:http server on 127.0.0.1 that misbehaves on purpose, one behaviour per path prefix.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Behaviour = (request: IncomingMessage, response: ServerResponse, hit: number) => void;

export interface FaultServer {
  url: (prefix: string) => string;
  hits: (prefix: string) => number;
  /** Forgets the hits so far, so each test counts its own. */
  resetHits: () => void;
  lastAuthorization: () => string | undefined;
  close: () => Promise<void>;
}

export async function startFaultServer(behaviours: Record<string, Behaviour>): Promise<FaultServer> {
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  let authorization: string | undefined;
  const server = createServer((request, response) => {
    authorization = request.headers.authorization;
    const prefix = request.url!.split('/')[1]!;
    const count = (hits.get(prefix) ?? 0) + 1;
    hits.set(prefix, count);
    request.resume();
    request.on('end', () => {
      const behaviour = behaviours[prefix];
      if (behaviour) behaviour(request, response, count);
      else response.writeHead(404).end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (prefix) => `http://127.0.0.1:${port}/${prefix}`,
    hits: (prefix) => hits.get(prefix) ?? 0,
    resetHits: () => hits.clear(),
    lastAuthorization: () => authorization,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
