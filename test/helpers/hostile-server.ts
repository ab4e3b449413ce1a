// A raw TCP server on 127.0.0.1 that answers with whatever bytes a test scripts (a wrong Content-Length, a cut
// connection, a stall), plus the checks the client's hostile-server tests make on the error that comes back.
import { Console } from 'node:console';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { inspect } from 'node:util';

/** What the server does with one request: its status line and headers, then a body and how the connection ends. */
export interface Answer {
  status: number;
  reason?: string;
  headers?: [string, string][];
  body?: string | Buffer;
  /** `end` (default): send everything and close; `cut`: close after the body; `stall`: send it and keep still. */
  ending?: 'end' | 'cut' | 'stall';
}

export interface HostileServer {
  /** The base URL for answers from `answer` (called with the request's method, path and headers). */
  url: string;
  hits: number;
  close: () => Promise<void>;
}

export async function startHostileServer(answer: (request: { method: string; path: string; headers: string }) => Answer): Promise<HostileServer> {
  const sockets = new Set<Socket>();
  const state = { hits: 0 };
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      const head = received.slice(0, end);
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (received.length < end + 4 + length) return;
      received = '';
      state.hits++;
      const [method = '', path = ''] = head.split(' ');
      const reply = answer({ method, path, headers: head });
      const lines = [`HTTP/1.1 ${reply.status} ${reply.reason ?? 'X'}`, ...(reply.headers ?? []).map(([k, v]) => `${k}: ${v}`)];
      socket.write(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
      if (reply.body !== undefined) socket.write(reply.body);
      if ((reply.ending ?? 'end') === 'end') socket.end();
      else if (reply.ending === 'cut') socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get hits() {
      return state.hits;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The canary API key: no rendering of any error may contain it. */
export const canary = 'sk_live_CANARY_never_print_7f3a9c';

/** Everything a log could show of an error: message, stack, String, JSON, inspect (hidden fields too) and console.error, down the cause chain. */
function renderings(error: unknown): string[] {
  let printed = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      printed += String(chunk);
      done();
    },
  });
  new Console({ stdout: sink, stderr: sink }).error(error);
  const texts = [printed, String(error), JSON.stringify(error) ?? '', inspect(error, { depth: Infinity, showHidden: true })];
  for (let e = error, depth = 0; e && depth < 20; e = (e as { cause?: unknown }).cause, depth++) {
    texts.push(String(e), inspect(e, { depth: Infinity, showHidden: true }));
    if (e instanceof Error) texts.push(e.message, String(e.stack));
  }
  return texts;
}

/** Fails the test if the canary (or its JSON-escaped form) shows anywhere in the error. */
export function expectNoCanary(error: unknown, secret = canary): void {
  const escaped = JSON.stringify(secret).slice(1, -1);
  for (const text of renderings(error)) {
    if (text.includes(secret) || text.includes(escaped)) throw new Error(`the token leaked: ${text.slice(0, 2000)}`);
  }
}
