// The claim store contract in memory (claim with a lease, complete, release), and the deduper running on it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PalommaConfigError } from '../../src/client/errors.js';
import {
  createMemoryWebhookStore,
  createWebhookDeduper,
  PalommaWebhookInProgressError,
  type WebhookStore,
} from '../../src/webhooks/index.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createMemoryWebhookStore', () => {
  it('gives one claim per id; the others see it busy, then done once completed', () => {
    const store = createMemoryWebhookStore();
    const first = store.claim('wh-1');
    expect(first).toEqual({ status: 'claimed', token: expect.any(String) });
    expect(store.claim('wh-1')).toEqual({ status: 'busy' });
    store.complete('wh-1', (first as { token: string }).token);
    expect(store.claim('wh-1')).toEqual({ status: 'done' });
    expect(store.claim('wh-2')).toMatchObject({ status: 'claimed' });
  });

  it('a released claim can be taken again, with a new token; a stale token releases nothing', () => {
    const store = createMemoryWebhookStore();
    const first = store.claim('wh-1') as { token: string };
    store.release('wh-1', first.token);
    const second = store.claim('wh-1') as { token: string };
    expect(second.token).not.toBe(first.token);
    store.release('wh-1', first.token); // the first receiver's late release must not free the second's claim
    expect(store.claim('wh-1')).toEqual({ status: 'busy' });
  });

  it('frees a claim whose lease has ended (its receiver died), but never a completed id', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = createMemoryWebhookStore({ leaseMs: 1_000 });
    store.claim('wh-dead');
    const done = store.claim('wh-done') as { token: string };
    store.complete('wh-done', done.token);
    vi.setSystemTime(Date.now() + 999);
    expect(store.claim('wh-dead')).toEqual({ status: 'busy' });
    vi.setSystemTime(Date.now() + 2);
    expect(store.claim('wh-dead')).toMatchObject({ status: 'claimed' });
    expect(store.claim('wh-done')).toEqual({ status: 'done' });
  });

  it('remembers at most max ids, forgetting the least recently used first', () => {
    const store = createMemoryWebhookStore({ max: 2 });
    for (const id of ['a', 'b']) store.complete(id, (store.claim(id) as { token: string }).token);
    expect(store.claim('a')).toEqual({ status: 'done' }); // a is now the most recent
    store.claim('c'); // evicts b
    expect([store.size, store.claim('a').status, store.claim('b').status]).toEqual([2, 'done', 'claimed']);
    store.clear();
    expect(store.size).toBe(0);
  });

  it('refuses a max or lease that is not a positive whole number, naming it', () => {
    for (const max of [0, 1.5, Number.NaN]) expect(() => createMemoryWebhookStore({ max })).toThrow(/max must be a positive integer/);
    for (const leaseMs of [0, -5, 2.5, '60000' as unknown as number]) {
      expect(() => createMemoryWebhookStore({ leaseMs })).toThrow(PalommaConfigError);
    }
  });
});

describe('createWebhookDeduper on a claim store', () => {
  it('rejects with PalommaWebhookInProgressError while another receiver holds the claim, running nothing', async () => {
    const shared = createMemoryWebhookStore();
    const elsewhere = shared.claim('wh-1'); // another receiver, same store
    const process = vi.fn();
    const error = await createWebhookDeduper(shared).handle({ webhookId: 'wh-1' }, process).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaWebhookInProgressError);
    expect(error).toMatchObject({ webhookId: 'wh-1' });
    expect(process).not.toHaveBeenCalled();
    shared.complete('wh-1', (elsewhere as { token: string }).token);
    await expect(createWebhookDeduper(shared).handle({ webhookId: 'wh-1' }, process)).resolves.toEqual({ duplicate: true });
  });

  it('completes after success and releases after failure, with the claim token, in that order', async () => {
    const calls: string[] = [];
    const memory = createMemoryWebhookStore();
    const store: WebhookStore = {
      claim: async (id) => {
        const claim = memory.claim(id);
        calls.push(`claim ${id} ${claim.status}`);
        return claim;
      },
      complete: async (id, token) => (calls.push(`complete ${id} ${token}`), memory.complete(id, token)),
      release: async (id, token) => (calls.push(`release ${id} ${token}`), memory.release(id, token)),
    };
    const deduper = createWebhookDeduper(store);
    await expect(deduper.handle({ webhookId: 'wh-1' }, () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    await expect(deduper.handle({ webhookId: 'wh-1' }, () => 'ok')).resolves.toEqual({ duplicate: false, result: 'ok' });
    await expect(deduper.handle({ webhookId: 'wh-1' }, () => 'again')).resolves.toEqual({ duplicate: true });
    expect(calls).toEqual([
      'claim wh-1 claimed',
      'release wh-1 claim-1',
      'claim wh-1 claimed',
      'complete wh-1 claim-2',
      'claim wh-1 done',
    ]);
  });

  it("reports processing's own error when the release fails too", async () => {
    const store: WebhookStore = {
      claim: () => ({ status: 'claimed', token: 't' }),
      complete: () => undefined,
      release: () => Promise.reject(new Error('store down')),
    };
    await expect(createWebhookDeduper(store).handle({ webhookId: 'wh-1' }, () => Promise.reject(new Error('work failed')))).rejects.toThrow(
      'work failed',
    );
  });

  it('refuses a claim that is not one of the three shapes, and a store of neither contract', async () => {
    const store = { claim: () => ({ status: 'ok' }), complete() {}, release() {} } as unknown as WebhookStore;
    await expect(createWebhookDeduper(store).handle({ webhookId: 'wh-1' }, () => 1)).rejects.toThrow(/store\.claim: must return/);
    expect(() => createWebhookDeduper({ claim() {} } as unknown as WebhookStore)).toThrow(PalommaConfigError);
  });
});
