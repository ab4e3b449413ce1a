// A refused request's body is read and dropped while it keeps coming: a client still sending gets the answer, not a
// broken pipe, even when the server's process was kept from running longer than the idle limit; a body that stops
// coming, or goes on past the cap, has its connection cut.
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { drainThenCut, type DrainLimits } from '../../../src/node/http/drain.js';
import { sendMessage } from '../../../src/node/http/respond.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)))));
});

/** A server that refuses every request with a 413 at once, dropping its body within `limits`; counts what ended. */
async function refusingServer(limits: DrainLimits) {
  const ended: number[] = [];
  const server = createServer((request, response) => {
    drainThenCut(request, limits);
    request.once('end', () => ended.push(1));
    sendMessage(response, 413, 'body: larger than 1 MB');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, ended };
}

/** A raw client: sends the head of a POST declaring `length` bytes; resolves once connected. */
async function postHead(port: number, length: number) {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.write(`POST /payoutTargets HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`);
  const answer = new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\r\n\r\n')) resolve(text);
    });
  });
  const errors: string[] = [];
  socket.on('error', (error: NodeJS.ErrnoException) => errors.push(error.code ?? error.message));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, answer, errors, closed };
}

const write = (socket: Socket, data: Buffer) => new Promise<Error | null | undefined>((resolve) => socket.write(data, resolve));
/** Keeps this whole process from running for `ms`, as a starved machine does. */
const block = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until);
};
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'timed out'>((resolve) => setTimeout(resolve, ms, 'timed out').unref())]);

describe('drainThenCut', () => {
  it('reads a client still sending to the end, even after the process was kept from running past the idle limit', async () => {
    const { port, ended } = await refusingServer({ idleMs: 200, maxBytes: 64_000_000 });
    const size = 8_000_000;
    const client = await postHead(port, size);
    await write(client.socket, Buffer.alloc(100_000, 'a'));
    expect(await client.answer).toMatch(/^HTTP\/1\.1 413 /);
    // One idle check has seen those bytes arrive; the next is due in about 100 ms.
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The rest is handed to the kernel (as much as its buffers hold) and then nothing here runs, the server's reads
    // included, for three times the idle limit: the check comes due while the bytes wait unread.
    const written = write(client.socket, Buffer.alloc(size - 100_000, 'a'));
    block(600);
    expect(await within(written, 10_000)).toBeFalsy(); // written whole: no EPIPE, no reset
    for (const deadline = Date.now() + 10_000; ended.length === 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ended).toEqual([1]);
    expect(client.errors).toEqual([]);
    client.socket.destroy();
  });

  it('cuts a body that stops coming, once the idle limit has passed', async () => {
    const { port } = await refusingServer({ idleMs: 200 });
    const client = await postHead(port, 1_500_000);
    await write(client.socket, Buffer.alloc(10_000, 'a'));
    expect(await client.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(await within(client.closed, 10_000)).toBeUndefined();
  });

  it('cuts a body that goes on past the cap', async () => {
    const { port, ended } = await refusingServer({ idleMs: 60_000, maxBytes: 100_000 });
    const client = await postHead(port, 50_000_000);
    void write(client.socket, Buffer.alloc(2_000_000, 'a'));
    expect(await client.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(await within(client.closed, 10_000)).toBeUndefined();
    expect(ended).toEqual([]);
  });
});
