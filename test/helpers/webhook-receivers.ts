// Webhook receiver processes for the tests (started by tools/bench/webhook-receivers.mjs, shared with the bench), and
// a sender that delivers like Palomma: again, later, until acknowledged.
import { startReceivers as start } from '../../tools/bench/webhook-receivers.mjs';

export interface ReceiverOptions {
  count: number;
  redisUrl: string;
  prefix: string;
  integrityKey: string;
  /** Every Nth webhookId fails its first processing in each process; 0 for none. */
  failFirst?: number;
  /** Report each processing to the parent (for counting); off for benchmarks. */
  report?: boolean;
}

export interface Receivers {
  /** Each process's two URLs: behind the shared Redis store, and behind its own in-memory store. */
  urls: { redis: string; memory: string }[];
  /** webhookId → how many times it was processed, per store. */
  processed: { redis: Map<string, number>; memory: Map<string, number> };
  failed: { redis: number; memory: number };
  stop(): Promise<void>;
}

export const startReceivers: (options: ReceiverOptions) => Promise<Receivers> = start;

export interface Delivery {
  headers: Record<string, string>;
  body: string;
}

/**
 * Delivers like Palomma: POSTs until a 2xx, again after `retryMs` on a 409 or a 5xx; gives up on any other answer,
 * or after `attempts` tries. Resolves to every status answered, in order.
 */
export async function deliverUntilAcknowledged(url: string, delivery: Delivery, { attempts = 25, retryMs = 10 } = {}): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < attempts; attempt++) {
    const response = await fetch(url, { method: 'POST', headers: delivery.headers, body: delivery.body, signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    statuses.push(response.status);
    if (response.ok || (response.status !== 409 && response.status < 500)) break;
    await new Promise((resolve) => setTimeout(resolve, retryMs));
  }
  return statuses;
}
