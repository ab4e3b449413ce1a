// createRedisWebhookStore against a real redis-server: the claim (SET NX PX) and its lease, the completion marker
// and its TTL, release by the claim's own token only, and one winner among concurrent claims from many clients.
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PalommaConfigError } from '../../../src/client/errors.js';
import { createRedisWebhookStore } from '../../../src/node/webhooks/redis-store.js';
import { createWebhookHandler, signWebhook } from '../../../src/webhooks/index.js';
import { startRedis, type RedisServer } from '../../helpers/redis.js';
import { exampleEnvelope, integrityKey } from '../../helpers/webhooks.js';

let redis: RedisServer;
// The client's type as this call gives it: naming it any other way costs tsc seconds of structural comparison.
const connect = (url: string) => createClient({ url }).connect();
let client: Awaited<ReturnType<typeof connect>>;
let run = 0;
const prefix = () => `store-test-${++run}:`;

beforeAll(async () => {
  redis = await startRedis();
  client = await connect(redis.url);
}, 30_000);

afterAll(async () => {
  await client?.quit();
  await redis?.stop();
});

describe('createRedisWebhookStore', () => {
  it('claims an id once with a lease, is busy while it holds, done once completed, with the marker kept ttlSeconds', async () => {
    const p = prefix();
    const store = createRedisWebhookStore({ client, prefix: p, leaseMs: 30_000, ttlSeconds: 7 * 24 * 3600 });
    const claim = await store.claim('wh-1');
    expect(claim).toEqual({ status: 'claimed', token: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const lease = await client.pTTL(`${p}wh-1`);
    expect(lease).toBeGreaterThan(25_000);
    expect(lease).toBeLessThanOrEqual(30_000);
    expect(await store.claim('wh-1')).toEqual({ status: 'busy' });
    expect(await store.complete('wh-1', (claim as { token: string }).token)).toBe(true);
    expect(await store.claim('wh-1')).toEqual({ status: 'done' });
    expect(await client.get(`${p}wh-1`)).toBe('done');
    const ttl = await client.ttl(`${p}wh-1`);
    expect(ttl).toBeGreaterThan(7 * 24 * 3600 - 60);
    expect(ttl).toBeLessThanOrEqual(7 * 24 * 3600);
  });

  it("releases only with the claim's own token; a completed id is never released", async () => {
    const store = createRedisWebhookStore({ client, prefix: prefix() });
    const first = (await store.claim('wh-1')) as { token: string };
    expect(await store.release('wh-1', 'someone-else')).toBe(false);
    expect(await store.claim('wh-1')).toEqual({ status: 'busy' });
    expect(await store.release('wh-1', first.token)).toBe(true);
    const second = (await store.claim('wh-1')) as { token: string };
    expect(second.token).not.toBe(first.token);
    await store.complete('wh-1', second.token);
    expect(await store.release('wh-1', second.token)).toBe(false);
    expect(await store.claim('wh-1')).toEqual({ status: 'done' });
  });

  it('frees a claim when its lease ends (its receiver died), and says when a completion came after losing it', async () => {
    const p = prefix();
    const store = createRedisWebhookStore({ client, prefix: p, leaseMs: 60_000 });
    const dead = (await store.claim('wh-1')) as { token: string };
    await client.pExpire(`${p}wh-1`, 1); // the lease runs out, as if 60 s had passed
    const deadline = Date.now() + 2_000;
    let next = await store.claim('wh-1');
    while (next.status === 'busy' && Date.now() < deadline) next = await store.claim('wh-1');
    expect(next).toMatchObject({ status: 'claimed' });
    expect(await store.complete('wh-1', dead.token)).toBe(false); // the dead receiver's late completion: recorded, but not its claim
    expect(await store.claim('wh-1')).toEqual({ status: 'done' });
  });

  it('gives exactly one claim among 60 concurrent ones from six connections', async () => {
    const p = prefix();
    const clients = await Promise.all(Array.from({ length: 6 }, () => connect(redis.url)));
    try {
      const stores = clients.map((c) => createRedisWebhookStore({ client: c, prefix: p }));
      const claims = await Promise.all(Array.from({ length: 60 }, (_, i) => stores[i % stores.length]!.claim('wh-contested')));
      expect(claims.filter((c) => c.status === 'claimed')).toHaveLength(1);
      expect(claims.filter((c) => c.status === 'busy')).toHaveLength(59);
    } finally {
      await Promise.all(clients.map((c) => c.quit()));
    }
  });

  it('backs createWebhookHandler: two receivers on one Redis process a delivery once', async () => {
    const processed: string[] = [];
    const shared = prefix();
    const handlers = [0, 1].map((n) =>
      createWebhookHandler({
        integrityKey,
        store: createRedisWebhookStore({ client, prefix: shared }),
        onEvent: (e) => void processed.push(`${n} ${e.webhookId}`),
      }),
    );
    const envelope = exampleEnvelope('payin-link.update');
    const request = async () => new Request('http://127.0.0.1/webhooks', { method: 'POST', headers: await signWebhook({ envelope, integrityKey }) });
    const statuses = [];
    for (const handler of [...handlers, ...handlers]) statuses.push((await handler(await request())).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(processed).toEqual([`0 ${envelope.webhookId}`]);
  });

  it('refuses options that cannot work, naming them', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{}, /client must be a connected client of the redis package/],
      [{ client: { get() {} } }, /client must be/],
      [{ client, prefix: 1 }, /prefix must be a string/],
      [{ client, leaseMs: 0 }, /leaseMs must be a positive whole number; got 0/],
      [{ client, ttlSeconds: 1.5 }, /ttlSeconds must be a positive whole number; got 1\.5/],
    ];
    for (const [options, message] of cases) {
      expect(() => createRedisWebhookStore(options as never)).toThrow(PalommaConfigError);
      expect(() => createRedisWebhookStore(options as never)).toThrow(message);
    }
  });
});
