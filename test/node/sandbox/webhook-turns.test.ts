// Webhook deliveries take turns (issue 20): 1 100 deliveries to a receiver that never answers used to open 1 100
// sockets, and the process ran out of file descriptors. Real receivers on 127.0.0.1, the sandbox's own delivery.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDeliveryPoster } from '../../../src/node/sandbox/delivery-post.js';
import { defaultIntegrityKey } from '../../../src/node/sandbox/sandbox.js';
import { createWebhooks } from '../../../src/node/sandbox/webhooks.js';

// A merchant's deliveries as the sandbox wires them: its own queue, and the one poster (capped sockets) by default.
const sandboxWebhooks = ({ urls, timeoutMs }: { urls: string[]; timeoutMs: number }) =>
  createWebhooks({ urls, integrityKey: defaultIntegrityKey, fetch: createDeliveryPoster(), retryDelays: [], timeoutMs });

const receivers: Server[] = [];
let open = 0;
let peak = 0;
const peakPer = new Map<number, number>();
const openPer = new Map<number, number>();

/** A receiver that accepts connections and never answers. */
async function hangingReceiver(): Promise<string> {
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  server.on('connection', (socket) => {
    open++;
    peak = Math.max(peak, open);
    openPer.set(port, (openPer.get(port) ?? 0) + 1);
    peakPer.set(port, Math.max(peakPer.get(port) ?? 0, openPer.get(port)!));
    socket.on('close', () => {
      open--;
      openPer.set(port, openPer.get(port)! - 1);
    });
  });
  receivers.push(server);
  return `http://127.0.0.1:${port}/hook`;
}

/** Waits (at most 5 s) until `count` connections are open, then a little longer, to see whether more come. */
async function settled(count: number) {
  const deadline = Date.now() + 5_000;
  while (open < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 200));
}

let urls: string[];
beforeAll(async () => {
  urls = await Promise.all(Array.from({ length: 12 }, hangingReceiver));
});
afterAll(async () => {
  for (const server of receivers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

it('1 100 deliveries to hanging receivers hold at most 4 sockets per receiver and 32 in all', async () => {
  const one = sandboxWebhooks({ urls: [urls[0]!], timeoutMs: 2_000 });
  for (let i = 0; i < 1_100; i++) one.send('payout-target.update', { id: `PT${i}`, status: 'active' });
  await settled(4);
  expect(peak).toBe(4);
  // A reset cancels the attempts in flight too: their sockets close.
  one.reset();
  const deadline = Date.now() + 2_000;
  while (open > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(open).toBe(0);
  peak = 0;

  const many = sandboxWebhooks({ urls, timeoutMs: 2_000 });
  for (let i = 0; i < 200; i++) many.send('payout-target.update', { id: `PT${i}`, status: 'active' });
  await settled(32);
  expect(peak).toBe(32);
  expect(Math.max(...peakPer.values())).toBe(4);
  many.reset();
});

it('attempts that time out close their sockets: a hanging receiver holds at most 4 however many attempts time out', async () => {
  peak = 0;
  const core = { webhooks: sandboxWebhooks({ urls: [urls[1]!], timeoutMs: 100 }) };
  for (let i = 0; i < 40; i++) core.webhooks.send('payout-target.update', { id: `PT${i}`, status: 'active' });
  // 40 attempts, 4 at a time, 100 ms each: about a second on a quiet machine. Every one of them ends (by its own
  // timeout): idle() resolves, within the test's own time bound however busy the machine is.
  await core.webhooks.idle();
  expect(core.webhooks.list().map((d) => d.state)).toEqual(Array(40).fill('failed'));
  expect(peakPer.get(Number(new URL(urls[1]!).port))).toBe(4);
  core.webhooks.reset();
});
