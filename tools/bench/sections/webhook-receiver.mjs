// Deliveries per second through one Node webhook receiver (node:http + toNodeListener + createWebhookHandler, in its
// own process) with the Redis store against the in-memory store, in the same run: the receiver serves both, on two
// ports, and the rounds alternate between them so drift in machine load falls on both alike.
import { signWebhook } from '../../../src/webhooks/index.js';
import { median } from '../measure.mjs';
import { startRedisServer } from '../redis-server.mjs';
import { startReceivers } from '../webhook-receivers.mjs';

/**
 * Measures and prints the figures; resolves to them. Each round sends `perRound` new deliveries (each a webhookId
 * never seen) from `concurrency` senders, then the same deliveries again (every one a redelivery, answered from
 * the store).
 */
export async function webhookReceiverSection({ rounds = 5, perRound = 1_500, concurrency = 16 } = {}) {
  const integrityKey = 'bench-integrity-key';
  const redis = await startRedisServer();
  let receivers;
  try {
    receivers = await startReceivers({ count: 1, redisUrl: redis.url, prefix: 'bench:', integrityKey, report: false });
    const [urls] = receivers.urls;
    const example = {
      timestamp: '2026-04-01T12:00:00Z',
      eventType: 'payout-request.update',
      event: { id: '01HPRB2M4K9Q7ZT3XWJ5N8D6EV', status: 'approved', amount: 250000, payoutTargetId: '01HPR8S7YF43PV3QV16TZDC80P' },
    };
    const batch = async (tag) =>
      Promise.all(
        Array.from({ length: perRound }, async (_, i) => {
          const envelope = { ...example, webhookId: `${tag}-${i}` };
          return { headers: { ...(await signWebhook({ envelope, integrityKey })), 'content-type': 'application/json' }, body: JSON.stringify(envelope) };
        }),
      );
    const send = async (url, deliveries) => {
      let next = 0;
      let failed = 0;
      const start = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < deliveries.length) {
            const delivery = deliveries[next++];
            const response = await fetch(url, { method: 'POST', headers: delivery.headers, body: delivery.body });
            await response.arrayBuffer();
            if (response.status !== 200) failed++;
          }
        }),
      );
      return { perSecond: (deliveries.length * 1000) / (performance.now() - start), failed };
    };
    const samples = { memory: { fresh: [], repeat: [] }, redis: { fresh: [], repeat: [] } };
    let failures = 0;
    await send(urls.memory, await batch('warm-memory'));
    await send(urls.redis, await batch('warm-redis'));
    for (let round = 0; round < rounds; round++) {
      for (const store of round % 2 ? ['redis', 'memory'] : ['memory', 'redis']) {
        const deliveries = await batch(`${store}-${round}`);
        for (const kind of ['fresh', 'repeat']) {
          const result = await send(urls[store], deliveries);
          samples[store][kind].push(result.perSecond);
          failures += result.failed;
        }
      }
    }
    const figures = Object.fromEntries(
      Object.entries(samples).map(([store, kinds]) => [store, { fresh: median(kinds.fresh), repeat: median(kinds.repeat) }]),
    );
    const pad = (text, width) => String(text).padEnd(width);
    const row = (label, value, baseline) => console.log(`  ${pad(label, 44)}${value.toFixed(0).padStart(7)} /s   ${(value / baseline).toFixed(2)}×`);
    console.log(
      `\ni) Webhook receiver: deliveries per second through one Node receiver process (toNodeListener + createWebhookHandler),` +
        ` ${concurrency} concurrent senders, median of ${rounds} interleaved rounds of ${perRound}; higher is better`,
    );
    row('new deliveries, in-memory store', figures.memory.fresh, figures.memory.fresh);
    row('new deliveries, Redis store (loopback)', figures.redis.fresh, figures.memory.fresh);
    row('redeliveries (already processed), in-memory', figures.memory.repeat, figures.memory.fresh);
    row('redeliveries (already processed), Redis', figures.redis.repeat, figures.memory.fresh);
    console.log(`  non-200 answers: ${failures} (goal 0)`);
    return { ...figures, failures };
  } finally {
    await receivers?.stop();
    await redis.stop();
  }
}
