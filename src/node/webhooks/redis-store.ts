// createRedisWebhookStore: the claim store on Redis, for several receivers. One key per webhookId: a claim token
// (SET NX PX: set only if absent, for the lease), replaced by a completion marker kept for days.
import { randomUUID } from 'node:crypto';
import { PalommaConfigError } from '../../client/errors.js';
import type { WebhookClaim, WebhookStore } from '../../webhooks/index.js';

/**
 * The part of the official `redis` client (node-redis, v5 or later) the store uses: `eval`. A connected
 * `createClient()` is one; so is `createCluster()` (each script touches one key).
 */
export interface RedisScriptClient {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface RedisWebhookStoreOptions {
  /** A connected client of the official `redis` package, shared with the rest of your app if you like. */
  client: RedisScriptClient;
  /** Put before each webhookId to make its key. Default `'palomma:webhook:'`. */
  prefix?: string;
  /**
   * How long a claim holds, in ms: longer than your `onEvent` ever takes, since past it another receiver may take
   * the delivery over. A receiver that dies frees its deliveries when their leases end. Default 60 000.
   */
  leaseMs?: number;
  /**
   * How long a processed id is remembered, in seconds: well beyond Palomma's retries, which it does not document
   * (days, not minutes). Default 30 days.
   */
  ttlSeconds?: number;
}

/** The Redis {@link WebhookStore}. `complete` and `release` resolve true when the claim was still this token's. */
export interface RedisWebhookStore extends WebhookStore {
  claim(webhookId: string): Promise<WebhookClaim>;
  complete(webhookId: string, token: string): Promise<boolean>;
  release(webhookId: string, token: string): Promise<boolean>;
}

// The value of a processed id's key. Claim tokens are UUIDs, so never equal to it.
const doneMarker = 'done';

// Each script reads and writes one key, atomically (Redis runs a script alone).
// claim: ARGV = token, lease ms, marker. SET NX PX takes the claim only if nobody holds or completed it.
const claimScript = `if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'claimed' end
if redis.call('GET', KEYS[1]) == ARGV[3] then return 'done' end
return 'busy'`;
// complete: ARGV = token, marker, ttl seconds. Recorded even if the lease was lost (the work was done); says which.
const completeScript = `local held = redis.call('GET', KEYS[1]) == ARGV[1]
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
if held then return 1 end
return 0`;
// release: ARGV = token. Only the claim's own token frees it: not another receiver's claim, not a completed id.
const releaseScript = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * A {@link WebhookStore} on Redis, shared by every receiver instance: `claim` is `SET key token NX PX leaseMs`,
 * `complete` replaces the token with a marker kept `ttlSeconds`, `release` deletes the key if it still holds this
 * claim's token. Each is one Lua script, one round trip.
 *
 * Exactly once holds while `onEvent` finishes within the lease; for the work and the marker to commit together,
 * keep both in one database (the README's SQL recipe).
 */
export function createRedisWebhookStore(options: RedisWebhookStoreOptions): RedisWebhookStore {
  const { client, prefix = 'palomma:webhook:', leaseMs = 60_000, ttlSeconds = 30 * 24 * 3600 } = options ?? ({} as RedisWebhookStoreOptions);
  if (typeof client?.eval !== 'function') {
    throw new PalommaConfigError('createRedisWebhookStore: client must be a connected client of the redis package (createClient() or createCluster())');
  }
  if (typeof prefix !== 'string') throw new PalommaConfigError(`createRedisWebhookStore: prefix must be a string; got ${typeof prefix}`);
  wholePositive('leaseMs', leaseMs);
  wholePositive('ttlSeconds', ttlSeconds);
  const key = (webhookId: string) => prefix + webhookId;
  const run = (script: string, webhookId: string, ...args: string[]) => client.eval(script, { keys: [key(webhookId)], arguments: args });

  return {
    async claim(webhookId) {
      const token = randomUUID();
      const status = await run(claimScript, webhookId, token, String(leaseMs), doneMarker);
      if (status === 'claimed') return { status, token };
      if (status === 'done' || status === 'busy') return { status };
      throw new TypeError(`createRedisWebhookStore: the claim script answered ${typeof status}, not a status`);
    },
    complete: async (webhookId, token) => (await run(completeScript, webhookId, token, doneMarker, String(ttlSeconds))) === 1,
    release: async (webhookId, token) => (await run(releaseScript, webhookId, token)) === 1,
  };
}

function wholePositive(name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new PalommaConfigError(`createRedisWebhookStore: ${name} must be a positive whole number; got ${typeof value === 'number' ? value : typeof value}`);
  }
}
