// Exactly once across receivers: three receiver processes share one real Redis; 200 signed deliveries, each sent
// three times at once to different receivers, some first processings failing, and forged ones among them. The
// same run against the in-memory store (each process its own, shared by name only) must count duplicates: that
// is what shows the test measures something.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../../src/webhooks/index.js';
import { startRedis, type RedisServer } from '../../helpers/redis.js';
import { deliverUntilAcknowledged, startReceivers, type Delivery, type Receivers } from '../../helpers/webhook-receivers.js';
import { exampleEnvelope, integrityKey, webhookTypes } from '../../helpers/webhooks.js';

const deliveries = 200;
// Each run is 220 deliveries, 660 copies and their retries through three processes: a few seconds on an idle
// machine, several times that on a busy one.
const runMs = 60_000;
const failFirst = 7; // every 7th webhookId fails its first processing in each receiver process
let redis: RedisServer;
let receivers: Receivers;

beforeAll(async () => {
  redis = await startRedis();
  receivers = await startReceivers({ count: 3, redisUrl: redis.url, prefix: 'exactly-once:', integrityKey, failFirst });
}, 30_000);

afterAll(async () => {
  await receivers?.stop();
  await redis?.stop();
});

async function signed(envelope: Record<string, unknown>, key = integrityKey): Promise<Delivery> {
  const headers = await signWebhook({ envelope, integrityKey: key });
  return { headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(envelope) };
}

/** Every delivery three times at once, each copy to another receiver; 25 deliveries in flight at a time. */
async function sendAll(store: 'redis' | 'memory', run: string) {
  const genuine = await Promise.all(
    Array.from({ length: deliveries }, (_, i) => signed({ ...exampleEnvelope(webhookTypes[i % webhookTypes.length]!), webhookId: `${run}-${i + 1}` })),
  );
  const forged = await Promise.all(
    Array.from({ length: 20 }, (_, i) => signed({ ...exampleEnvelope('payout-request.update'), webhookId: `${run}-forged-${i}` }, 'a-guessed-key')),
  );
  const answers: { genuine: number[][]; forged: number[][] } = { genuine: [], forged: [] };
  const all = [...genuine.map((d) => ['genuine', d] as const), ...forged.map((d) => ['forged', d] as const)];
  for (let start = 0; start < all.length; start += 25) {
    await Promise.all(
      all.slice(start, start + 25).map(async ([kind, delivery], offset) => {
        const copies = receivers.urls.map((_, k) => receivers.urls[(start + offset + k) % receivers.urls.length]![store]);
        answers[kind].push(...(await Promise.all(copies.map((url) => deliverUntilAcknowledged(url, delivery)))));
      }),
    );
  }
  return answers;
}

describe('exactly once across three receivers', () => {
  it('with the shared Redis store: every event processed once, every copy acknowledged, every forged one refused', async () => {
    const answers = await sendAll('redis', 'redis-run');
    const counts = [...receivers.processed.redis.entries()].filter(([id]) => id.startsWith('redis-run-'));
    expect(counts).toHaveLength(deliveries);
    expect(counts.filter(([, times]) => times !== 1)).toEqual([]);
    expect(receivers.failed.redis).toBeGreaterThan(0); // failures happened, and their redeliveries were processed
    expect(answers.genuine).toHaveLength(deliveries * 3);
    expect(answers.genuine.filter((statuses) => statuses.at(-1) !== 200)).toEqual([]);
    // Until done, a copy was answered only 409 (processing elsewhere) or 500 (its processing failed): never acknowledged early.
    expect(new Set(answers.genuine.flatMap((statuses) => statuses.slice(0, -1)))).toSatisfy((early: Set<number>) => [...early].every((s) => s === 409 || s === 500));
    expect(answers.forged.flat()).toEqual(Array(20 * 3).fill(401));
    expect([...receivers.processed.redis.keys()].filter((id) => id.includes('forged'))).toEqual([]);
  }, runMs);

  it('with in-memory stores shared by name only: the same deliveries are processed more than once', async () => {
    const answers = await sendAll('memory', 'memory-run');
    const counts = [...receivers.processed.memory.entries()].filter(([id]) => id.startsWith('memory-run-'));
    const duplicates = counts.reduce((sum, [, times]) => sum + times - 1, 0);
    expect(counts).toHaveLength(deliveries);
    expect(duplicates).toBeGreaterThan(0);
    expect(answers.forged.flat()).toEqual(Array(20 * 3).fill(401));
  }, runMs);
});
