// Dropping redeliveries: Palomma resends a failed delivery with the same webhookId, so remember the ids handled.

import { PalommaConfigError } from '../client/errors.js';

/**
 * Where processed webhook ids are remembered. In production this is your database or cache, shared by every
 * instance of the receiver, for example:
 *
 * - SQL: a table with `webhook_id` as its primary key; `has` is a `SELECT`, `add` an `INSERT` done in the same
 *   transaction as the work the event caused, so the two commit together;
 * - Redis: `has` is `EXISTS webhook:<id>`, `add` is `SET webhook:<id> 1 EX <seconds>`, kept longer than
 *   Palomma keeps retrying (which Palomma does not document; days, not minutes).
 *
 * {@link seenWebhookIds} is an in-memory store for a single process and for tests.
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
   * is still being processed waits for it, and is processed only if the first one failed.
   */
  handle<T>(delivery: { webhookId: string }, process: () => T | Promise<T>): Promise<DedupedResult<T>>;
}

/**
 * The redelivery pattern: verify first, then `handle` the event, and answer 200 both when it was processed
 * and when it was a duplicate. The id is remembered only after `process` succeeds.
 *
 * Within one process concurrent repeats are serialised here; across processes that depends on the store, so
 * with several receivers make `add` fail on a repeat (a primary key) and roll back the work with it.
 */
export function createWebhookDeduper(store: WebhookIdStore = seenWebhookIds()): WebhookDeduper {
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
        if (await store.has(id)) return { duplicate: true };
        if (inFlight.has(id)) continue;
        const run = (async () => {
          const result = await process();
          await store.add(id);
          return result;
        })();
        inFlight.set(id, run);
        try {
          return { duplicate: false, result: await run };
        } finally {
          if (inFlight.get(id) === run) inFlight.delete(id);
        }
      }
    },
  };
}
