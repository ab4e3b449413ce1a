// Dropping redeliveries: the in-memory store and the deduper's handle() contract.
import { describe, expect, it } from 'vitest';
import { PalommaConfigError } from '../../src/client/errors.js';
import { createWebhookDeduper, seenWebhookIds, signWebhook, verifyWebhook, type WebhookIdStore } from '../../src/webhooks/index.js';
import { exampleEnvelope, integrityKey } from '../helpers/webhooks.js';

describe('seenWebhookIds', () => {
  it('remembers ids up to max, forgetting the least recently seen first', () => {
    const store = seenWebhookIds(2);
    store.add('a');
    store.add('b');
    expect(store.has('a')).toBe(true); // a is now the most recent
    store.add('c'); // evicts b
    expect([store.has('a'), store.has('b'), store.has('c'), store.size]).toEqual([true, false, true, 2]);
    expect(store.delete('a')).toBe(true);
    store.clear();
    expect(store.size).toBe(0);
  });

  it('needs a positive integer max', () => {
    for (const max of [0, -1, 1.5, Number.NaN]) expect(() => seenWebhookIds(max)).toThrow(PalommaConfigError);
  });
});

describe('createWebhookDeduper', () => {
  it('processes a verified delivery once and reports the redelivery as a duplicate', async () => {
    const deduper = createWebhookDeduper();
    const envelope = exampleEnvelope('payout-request.update');
    const processed: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      // Redeliveries are byte-for-byte the same (same webhookId and timestamp), so they verify too.
      const event = await verifyWebhook({ headers: await signWebhook({ envelope, integrityKey }), integrityKey });
      const outcome = await deduper.handle(event, () => {
        processed.push(event.webhookId);
        return 'stored';
      });
      expect(outcome).toEqual(attempt === 0 ? { duplicate: false, result: 'stored' } : { duplicate: true });
    }
    expect(processed).toEqual([envelope.webhookId]);
  });

  it('does not remember an id whose processing failed, so the retry is processed', async () => {
    const deduper = createWebhookDeduper();
    const delivery = { webhookId: 'wh-1' };
    await expect(deduper.handle(delivery, () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    await expect(deduper.handle(delivery, () => 'ok')).resolves.toEqual({ duplicate: false, result: 'ok' });
    await expect(deduper.handle(delivery, () => 'again')).resolves.toEqual({ duplicate: true });
  });

  it('a repeat arriving while the first is in flight waits for it and is then a duplicate', async () => {
    const deduper = createWebhookDeduper();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const slow = async () => {
      runs++;
      await gate;
      return runs;
    };
    const first = deduper.handle({ webhookId: 'wh-2' }, slow);
    const second = deduper.handle({ webhookId: 'wh-2' }, slow);
    await new Promise((resolve) => setTimeout(resolve, 5)); // both are inside handle() now
    expect(runs).toBe(1);
    release();
    expect(await Promise.all([first, second])).toEqual([{ duplicate: false, result: 1 }, { duplicate: true }]);
    expect(runs).toBe(1);
  });

  it('a repeat arriving while the first is in flight is processed if the first fails', async () => {
    const deduper = createWebhookDeduper();
    let fail!: (error: Error) => void;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const first = deduper.handle({ webhookId: 'wh-3' }, () => new Promise((_, reject) => ((fail = reject), started())));
    const second = deduper.handle({ webhookId: 'wh-3' }, () => 'second');
    await running;
    fail(new Error('first failed'));
    await expect(first).rejects.toThrow('first failed');
    await expect(second).resolves.toEqual({ duplicate: false, result: 'second' });
  });

  it('works with an asynchronous store (the pattern for a database or Redis)', async () => {
    const table = new Set<string>();
    const calls: string[] = [];
    const store: WebhookIdStore = {
      has: async (id) => (calls.push(`has ${id}`), table.has(id)),
      add: async (id) => (calls.push(`add ${id}`), table.add(id)),
    };
    const deduper = createWebhookDeduper(store);
    await deduper.handle({ webhookId: 'wh-4' }, () => calls.push('process'));
    await deduper.handle({ webhookId: 'wh-4' }, () => calls.push('process'));
    expect(calls).toEqual(['has wh-4', 'process', 'add wh-4', 'has wh-4']);
  });

  it('refuses a delivery without a webhookId', async () => {
    await expect(createWebhookDeduper().handle({ webhookId: '' }, () => 1)).rejects.toThrow(TypeError);
  });
});
