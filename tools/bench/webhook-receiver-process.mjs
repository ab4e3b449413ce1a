// One webhook receiver process, as a merchant would deploy several: node:http + toNodeListener + createWebhookHandler.
// It serves the same handler twice, on two ports: with the Redis store every receiver shares, and with an
// in-memory store of its own (shared "by name only"). Started by webhook-receivers.mjs (with tsx, an IPC channel):
//   env RECEIVER_REDIS_URL, RECEIVER_PREFIX, RECEIVER_INTEGRITY_KEY, RECEIVER_FAIL_FIRST ("every Nth delivery
//   fails its first processing in this process"; 0 for none), RECEIVER_REPORT ("each": a message per event).
// It sends { ready: { redis, memory } } (the ports), then { processed, store } or { failed, store } per processing
// when RECEIVER_REPORT=each; answers 'cpu' with its CPU time; exits on 'stop' or when its parent goes away.
import { createServer } from 'node:http';
import { createClient } from 'redis';
import { createMemoryWebhookStore, createWebhookHandler } from '../../src/webhooks/index.js';
import { toNodeListener } from '../../src/node/webhooks/node-listener.js';
import { createRedisWebhookStore } from '../../src/node/webhooks/redis-store.js';

const env = process.env;
const integrityKey = env.RECEIVER_INTEGRITY_KEY ?? '';
const failEvery = Number(env.RECEIVER_FAIL_FIRST ?? 0);
const report = env.RECEIVER_REPORT === 'each';
const send = (message) => new Promise((resolve) => process.send(message, undefined, undefined, () => resolve()));

const redis = createClient({ url: env.RECEIVER_REDIS_URL });
redis.on('error', () => undefined); // a lost connection shows as 503 answers, counted by the sender
await redis.connect();

function receiver(name, store) {
  const failedHere = new Set();
  const handler = createWebhookHandler({
    integrityKey,
    store,
    onError: () => undefined,
    onEvent: async (event) => {
      const index = Number(/(\d+)$/.exec(event.webhookId)?.[1]);
      if (failEvery > 0 && index % failEvery === 0 && !failedHere.has(event.webhookId)) {
        failedHere.add(event.webhookId);
        if (report) await send({ failed: event.webhookId, store: name });
        throw new Error('this first processing fails on purpose');
      }
      // Reported before the answer goes out, so the sender's count is complete once every copy is acknowledged.
      if (report) await send({ processed: event.webhookId, store: name });
    },
  });
  return createServer(toNodeListener(handler));
}

const servers = {
  redis: receiver('redis', createRedisWebhookStore({ client: redis, prefix: env.RECEIVER_PREFIX ?? 'palomma:webhook:' })),
  memory: receiver('memory', createMemoryWebhookStore()),
};
const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
const ports = { redis: await listen(servers.redis), memory: await listen(servers.memory) };

async function stop() {
  for (const server of Object.values(servers)) server.closeAllConnections();
  await Promise.all(Object.values(servers).map((server) => new Promise((resolve) => server.close(resolve))));
  await redis.quit().catch(() => undefined);
  process.exit(0);
}
process.on('message', (message) => {
  if (message === 'stop') void stop();
  // CPU time this process has used (µs), for the bench's per-delivery cost, which machine load does not skew.
  if (message === 'cpu') process.send({ cpu: process.cpuUsage() });
});
process.on('disconnect', () => void stop());
await send({ ready: ports });
