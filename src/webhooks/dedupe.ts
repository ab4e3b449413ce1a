// Dropping redeliveries: Palomma resends a failed delivery with the same webhookId, so remember the ids handled.

import { PalommaConfigError } from '../client/errors.js';
import { PalommaWebhookInProgressError } from './errors.js';
import { createMemoryWebhookStore, isWebhookStore, type WebhookStore } from './store.js';

/**
 * The simple store of processed webhook ids: `has` before processing, `add` after. Enough for one receiver
 * process ({@link seenWebhookIds} keeps them in memory), or for a SQL table whose `webhook_id` primary key makes the
 * `add` fail on a repeat, inserted in the same transaction as the work the event caused so the two commit together.
 *
 * With two or more receiver instances and no such transaction, `has` then `add` lets two of them both see an id as
 * new and both process it: use a {@link WebhookStore}, whose claim is atomic (`createRedisWebhookStore`, or the SQL
 * recipe in the README), instead.
 */
export interface WebhookIdStore {
  has(webhookId: string): boolean | Promise<boolean>;
  add(webhookId: string): unknown;
}

/** An in-memory {@link WebhookIdStore} with a size cap. */
export interface MemoryWebhookIdStore extends WebhookIdStore {
  has(webhookId: string): boolean;
  add(webhookId: string): void;
  delete(webhookId: string): boolean;
  clear(): void;
  readonly size: number;
}

/**
 * Remembers the last `max` webhook ids in memory, forgetting the least recently seen first. Lost on restart and
 * not shared between processes: fine for one instance or tests, not a replacement for a database.
 */
export function seenWebhookIds(max = 10_000): MemoryWebhookIdStore {
  if (!Number.isInteger(max) || max < 1) throw new PalommaConfigError(`seenWebhookIds: max must be a positive integer; got ${max}`);
  const ids = new Map<string, true>();
  return {
    has(webhookId) {
      if (!ids.has(webhookId)) return false;
      ids.delete(webhookId);
      ids.set(webhookId, true);
      return true;
    },
    add(webhookId) {
      ids.delete(webhookId);
      ids.set(webhookId, true);
      while (ids.size > max) ids.delete(ids.keys().next().value!);
    },
    delete: (webhookId) => ids.delete(webhookId),
    clear: () => ids.clear(),
    get size() {
      return ids.size;
    },
  };
}

export type DedupedResult<T> = { duplicate: true } | { duplicate: false; result: T };

export interface WebhookDeduper {
  /**
   * Runs `process` for a webhook id not handled before, then remembers the id; for an id already handled it
   * skips `process` and resolves `{ duplicate: true }`. If `process` throws, the id is not remembered (so
   * Palomma's retry is processed) and the error is rethrown. A repeat that arrives while the first delivery
   * is still being processed in this process waits for it, and is processed only if the first one failed.
   *
   * With a {@link WebhookStore}, a repeat being processed by another receiver (its claim held there) is not
   * waited for: `handle` rejects with a PalommaWebhookInProgressError, for an answer that makes Palomma retry.
   */
  handle<T>(delivery: { webhookId: string }, process: () => T | Promise<T>): Promise<DedupedResult<T>>;
}

/**
 * The redelivery pattern: verify first, then `handle` the event, and answer 200 both when it was processed
 * and when it was a duplicate. The id is remembered only after `process` succeeds.
 *
 * `store` is a {@link WebhookStore} (claim, complete, release: the in-memory one by default, or Redis for several
 * receivers), or a {@link WebhookIdStore} (has, add). Within one process concurrent repeats are serialised here;
 * across processes only a WebhookStore's atomic claim keeps two receivers from both processing one delivery.
 * (`createWebhookHandler` does all of this, and the HTTP answers, for you.)
 */
export function createWebhookDeduper(store: WebhookIdStore | WebhookStore = createMemoryWebhookStore()): WebhookDeduper {
  const once = isWebhookStore(store) ? claimed(store) : remembered(checkIdStore(store));
  const inFlight = new Map<string, Promise<unknown>>();
  return {
    async handle<T>(delivery: { webhookId: string }, process: () => T | Promise<T>): Promise<DedupedResult<T>> {
      const id = delivery?.webhookId;
      if (typeof id !== 'string' || id === '') throw new TypeError('handle: the delivery has no webhookId');
      for (;;) {
        const pending = inFlight.get(id);
        if (pending) {
          await pending.catch(() => undefined);
          continue;
        }
        const run = once(id, process);
        inFlight.set(id, run);
        try {
          return await run;
        } finally {
          if (inFlight.get(id) === run) inFlight.delete(id);
        }
      }
    },
  };
}

type Once = <T>(id: string, process: () => T | Promise<T>) => Promise<DedupedResult<T>>;

/** With a has/add store: process unless `has`, then `add`. */
function remembered(store: WebhookIdStore): Once {
  return async (id, process) => {
    if (await store.has(id)) return { duplicate: true };
    const result = await process();
    await store.add(id);
    return { duplicate: false, result };
  };
}

/** With a claim store: process only under a claim, then complete it, or release it when processing failed. */
function claimed(store: WebhookStore): Once {
  return async (id, process) => {
    const claim = await store.claim(id);
    if (claim?.status === 'done') return { duplicate: true };
    if (claim?.status === 'busy') throw new PalommaWebhookInProgressError(id);
    if (claim?.status !== 'claimed' || typeof claim.token !== 'string') {
      throw new TypeError("store.claim: must return { status: 'claimed', token }, { status: 'done' } or { status: 'busy' }");
    }
    let result;
    try {
      result = await process();
    } catch (error) {
      // The processing error is the one to report; if the release fails too, the lease frees the id later.
      await Promise.resolve()
        .then(() => store.release(id, claim.token))
        .catch(() => undefined);
      throw error;
    }
    await store.complete(id, claim.token);
    return { duplicate: false, result };
  };
}

function checkIdStore(store: WebhookIdStore): WebhookIdStore {
  if (typeof store?.has !== 'function' || typeof store.add !== 'function') {
    throw new PalommaConfigError('createWebhookDeduper: store must have claim, complete and release (a WebhookStore) or has and add (a WebhookIdStore)');
  }
  return store;
}
