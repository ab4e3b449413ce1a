// Exactly-once processing across receivers: a store where one receiver claims a webhookId (with a lease), then
// marks it complete or releases it. The in-memory store here serves one process; createRedisWebhookStore
// (palomma-openapi/webhooks/redis) serves many.

import { PalommaConfigError } from '../client/errors.js';

/**
 * What a {@link WebhookStore} found when asked to claim a `webhookId`: `'claimed'`, it is yours (process it, then
 * `complete` it, or `release` it if processing failed, with this token); `'done'`, it was processed before
 * (acknowledge the redelivery, do not process it again); `'busy'`, another receiver holds its claim and the lease
 * has not ended (it is being processed there now).
 */
export type WebhookClaim = { readonly status: 'claimed'; readonly token: string } | { readonly status: 'done' } | { readonly status: 'busy' };

/**
 * Where receivers agree on who processes a delivery. Shared by every instance of the receiver, it must make
 * `claim` atomic: of any number of concurrent claims of one id, exactly one gets `'claimed'`.
 *
 * - `claim(id)`: `'done'` if completed before; `'busy'` if claimed and its lease has not ended; otherwise take the
 *   claim for the store's lease and return `'claimed'` with a token that is unique to this claim.
 * - `complete(id, token)`: mark it processed, remembered for longer than Palomma keeps redelivering.
 * - `release(id, token)`: processing failed: forget the claim, if it is still this token's, so a redelivery is
 *   processed.
 *
 * A claim whose receiver dies is freed when its lease ends. {@link createMemoryWebhookStore} is the store for
 * one process; `createRedisWebhookStore` from `palomma-openapi/webhooks/redis` is one for many.
 */
export interface WebhookStore {
  claim(webhookId: string): WebhookClaim | Promise<WebhookClaim>;
  complete(webhookId: string, token: string): unknown;
  release(webhookId: string, token: string): unknown;
}

export interface MemoryWebhookStoreOptions {
  /** How many ids to remember (processed or claimed); past it the least recently used is forgotten. Default 10 000. */
  max?: number;
  /** How long a claim holds before another can take it, in ms. Default 60 000. */
  leaseMs?: number;
}

/** The in-memory {@link WebhookStore}, with a size cap. */
export interface MemoryWebhookStore extends WebhookStore {
  claim(webhookId: string): WebhookClaim;
  complete(webhookId: string, token: string): void;
  release(webhookId: string, token: string): void;
  /** Forgets every id. */
  clear(): void;
  readonly size: number;
}

/** Default lease of a claim: well beyond the few seconds a webhook receiver has to answer. */
export const defaultLeaseMs = 60_000;

// A processed id is kept with no token; a claimed one with its token and the end of its lease.
type Entry = { token: undefined } | { token: string; leaseEnds: number };

/**
 * Remembers the last `max` ids in memory. Lost on restart and not shared between processes: right for one
 * receiver process and for tests; several receivers need a shared store such as Redis.
 */
export function createMemoryWebhookStore(options: MemoryWebhookStoreOptions = {}): MemoryWebhookStore {
  const { max = 10_000, leaseMs = defaultLeaseMs } = options ?? {};
  if (!Number.isInteger(max) || max < 1) throw new PalommaConfigError(`createMemoryWebhookStore: max must be a positive integer; got ${max}`);
  checkLease('createMemoryWebhookStore', leaseMs);
  const entries = new Map<string, Entry>();
  // Tokens need only be unique within this process: a counter is enough, and needs no crypto.
  let claims = 0;
  const touch = (webhookId: string, entry: Entry) => {
    entries.delete(webhookId);
    entries.set(webhookId, entry);
    while (entries.size > max) entries.delete(entries.keys().next().value!);
  };
  const holds = (webhookId: string, token: string) => entries.get(webhookId)?.token === token;
  return {
    claim(webhookId) {
      const entry = entries.get(webhookId);
      if (entry && entry.token === undefined) {
        touch(webhookId, entry);
        return { status: 'done' };
      }
      if (entry && entry.leaseEnds > Date.now()) return { status: 'busy' };
      const token = `claim-${++claims}`;
      touch(webhookId, { token, leaseEnds: Date.now() + leaseMs });
      return { status: 'claimed', token };
    },
    // Completing after the lease ended, or after another claim took over, still records the work as done: it was.
    complete(webhookId) {
      touch(webhookId, { token: undefined });
    },
    release(webhookId, token) {
      if (holds(webhookId, token)) entries.delete(webhookId);
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}

/** Whether `store` has the three methods of a {@link WebhookStore}. */
export function isWebhookStore(store: unknown): store is WebhookStore {
  const methods = store as Partial<Record<keyof WebhookStore, unknown>> | null;
  return typeof methods?.claim === 'function' && typeof methods.complete === 'function' && typeof methods.release === 'function';
}

/** A lease must be a positive whole number of milliseconds. */
function checkLease(owner: string, leaseMs: unknown): void {
  if (typeof leaseMs !== 'number' || !Number.isInteger(leaseMs) || leaseMs < 1) {
    throw new PalommaConfigError(`${owner}: leaseMs must be a positive whole number of milliseconds; got ${describeNumber(leaseMs)}`);
  }
}

const describeNumber = (value: unknown) =>
  typeof value === 'number' ? String(value) : typeof value === 'string' ? `a ${value.length}-character string` : typeof value;
