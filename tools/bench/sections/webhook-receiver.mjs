// Deliveries per second through one Node webhook receiver (node:http + toNodeListener + createWebhookHandler, in its
// own process) with the Redis store against the in-memory store, in the same run: the receiver serves both, on two
// ports, and many short rounds alternate between them so drift in machine load falls on both alike. Beside the
// rate, the CPU time each delivery costs the receiver process (and redis-server), which a busy machine skews less.
import { readFileSync } from 'node:fs';
import { signWebhook } from '../../../src/webhooks/index.js';
import { median } from '../measure.mjs';
import { startRedisServer } from '../redis-server.mjs';
import { startReceivers } from '../webhook-receivers.mjs';

/** CPU time (user + system) a process has used, in µs, from /proc; 0 where there is no /proc. */
function processCpuMicros(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return 0;
  }
}

/**
 * Measures and prints the figures; resolves to them. Each round sends `perRound` new deliveries (each a webhookId
 * never seen) from `concurrency` senders, then the same deliveries again (every one a redelivery, answered from
 * the store).
 */
export async function webhookReceiverSection({ rounds = 15, perRound = 400, concurrency = 16 } = {}) {
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
      const cpuBefore = await receivers.cpuMicros(0);
      const redisBefore = processCpuMicros(redis.pid);
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
      const perSecond = (deliveries.length * 1000) / (performance.now() - start);
      const receiverMicros = ((await receivers.cpuMicros(0)) - cpuBefore) / deliveries.length;
      // /proc counts in 10 ms ticks: redis-server's share is summed over all rounds, not taken per round.
      const redisTotal = processCpuMicros(redis.pid) - redisBefore;
      return { perSecond, receiverMicros, redisTotal, count: deliveries.length, failed };
    };
    const kinds = ['fresh', 'repeat'];
    const samples = Object.fromEntries(['memory', 'redis'].map((store) => [store, Object.fromEntries(kinds.map((kind) => [kind, []]))]));
    let failures = 0;
    await send(urls.memory, await batch('warm-memory'));
    await send(urls.redis, await batch('warm-redis'));
    for (let round = 0; round < rounds; round++) {
      for (const store of round % 2 ? ['redis', 'memory'] : ['memory', 'redis']) {
        const deliveries = await batch(`${store}-${round}`);
        for (const kind of kinds) {
          const result = await send(urls[store], deliveries);
          samples[store][kind].push(result);
          failures += result.failed;
        }
      }
    }
    const summary = (results) => ({
      perSecond: median(results.map((r) => r.perSecond)),
      receiverMicros: median(results.map((r) => r.receiverMicros)),
      redisMicros: results.reduce((sum, r) => sum + r.redisTotal, 0) / results.reduce((sum, r) => sum + r.count, 0),
    });
    const figures = Object.fromEntries(Object.entries(samples).map(([store, byKind]) => [store, { fresh: summary(byKind.fresh), repeat: summary(byKind.repeat) }]));
    const base = figures.memory.fresh;
    const pad = (text, width) => String(text).padEnd(width);
    const row = (label, f) =>
      console.log(
        `  ${pad(label, 44)}${f.perSecond.toFixed(0).padStart(7)} /s  ${(f.perSecond / base.perSecond).toFixed(2)}×` +
          `${f.receiverMicros.toFixed(0).padStart(8)} µs  ${(f.receiverMicros / base.receiverMicros).toFixed(2)}×${f.redisMicros ? `   + ${f.redisMicros.toFixed(0)} µs in redis-server` : ''}`,
      );
    console.log(
      `\ni) Webhook receiver: one Node receiver process (toNodeListener + createWebhookHandler), ${concurrency} concurrent senders,` +
        ` median of ${rounds} interleaved rounds of ${perRound}: deliveries per second (higher is better) and the receiver's CPU time per delivery (lower is better)`,
    );
    row('new deliveries, in-memory store', figures.memory.fresh);
    row('new deliveries, Redis store (loopback)', figures.redis.fresh);
    row('redeliveries (already processed), in-memory', figures.memory.repeat);
    row('redeliveries (already processed), Redis', figures.redis.repeat);
    console.log(`  non-200 answers: ${failures} (goal 0)`);
    return { ...figures, failures };
  } finally {
    await receivers?.stop();
    await redis.stop();
  }
}
