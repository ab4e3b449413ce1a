// Webhook attempts take turns: at most `perReceiver` at once to one receiver, `total` in all, `maxWaiting` queued.
import { describe, expect, it } from 'vitest';
import { createDeliveryQueue, DeliveryQueueFullError } from '../../../src/node/sandbox/delivery-queue.js';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('createDeliveryQueue', () => {
  it('holds each receiver to its cap and all receivers to the total, starting the next as one ends', async () => {
    const queue = createDeliveryQueue({ perReceiver: 2, total: 3, maxWaiting: 100 });
    const running: Record<string, number> = {};
    let peak = 0;
    let peakA = 0;
    const gates = Array.from({ length: 10 }, deferred);
    const runs = gates.map((gate, i) => {
      const url = i < 6 ? 'http://a.test:1/hook' : `http://b${i}.test/hook`;
      const key = new URL(url).host;
      return queue.run(url, async () => {
        running[key] = (running[key] ?? 0) + 1;
        peakA = Math.max(peakA, running['a.test:1'] ?? 0);
        peak = Math.max(peak, Object.values(running).reduce((a, b) => a + b, 0));
        await gate.promise;
        running[key]!--;
        return i;
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(queue.active).toBe(3);
    expect(queue.waiting).toBe(7);
    for (const gate of gates) {
      gate.resolve();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peakA).toBe(2);
    expect(peak).toBe(3);
    expect(queue.active).toBe(0);
  });

  it('a failed attempt frees its turn and passes its error on', async () => {
    const queue = createDeliveryQueue({ perReceiver: 1, total: 1 });
    const failing = queue.run('http://a.test/', async () => {
      throw new Error('refused');
    });
    const next = queue.run('http://a.test/', async () => 'next');
    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe('next');
  });

  it('past maxWaiting an attempt fails at once; clear() drops the waiting ones', async () => {
    const queue = createDeliveryQueue({ perReceiver: 1, total: 1, maxWaiting: 1 });
    const gate = deferred();
    const first = queue.run('http://a.test/', () => gate.promise);
    let ran = false;
    void queue.run('http://a.test/', async () => void (ran = true));
    await expect(queue.run('http://a.test/', async () => 'x')).rejects.toBeInstanceOf(DeliveryQueueFullError);
    queue.clear();
    gate.resolve();
    await first;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ran).toBe(false);
  });
});
