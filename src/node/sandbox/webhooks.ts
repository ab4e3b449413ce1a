// Signed webhook deliveries to every registered URL, retried with the same webhookId and timestamp until a 2xx,
// the retries waiting on the merchant's clock; any delivery can be sent again on demand, as Palomma resends them.
import { encodedDataHeader, encodeWebhookData, signatureHeader, signWebhookData } from '../../webhooks/index.js';
import { createClock, type Clock } from './clock.js';
import { createDeliveryQueue, type DeliveryLimits } from './delivery-queue.js';
import { newId } from './ids.js';
import { createTimeline, type Timeline } from './timeline.js';

/** Seconds-scale by default: the first retry within 5 s, as the issue asks, then longer waits. */
export const defaultRetryDelays: readonly number[] = [1_000, 5_000, 30_000, 120_000, 600_000];

/** One webhook sent to one URL and its attempts (`GET /webhookDeliveries`). */
export interface WebhookDelivery {
  /** The envelope's `webhookId`: the same on every attempt, so a receiver can drop redeliveries. */
  webhookId: string;
  /** The envelope's `timestamp` (UTC, whole seconds). */
  timestamp: string;
  /** `payout-target.update`, …: the spec's webhook name. */
  eventType: string;
  /** The id of the object the event reports. */
  eventId?: string;
  /** Where it was sent. */
  url: string;
  /** `pending` until the first answer, `retrying` after a failed one, then `delivered` (a 2xx) or `failed` (no retries left). */
  state: 'pending' | 'retrying' | 'delivered' | 'failed';
  /** Each attempt: when, the receiver's status or why there was none, and how long it took. */
  attempts: Array<{ at: string; status?: number; error?: string; ms: number }>;
}

/** The body and headers of one signed delivery. */
export interface SignedDelivery {
  /** The envelope's JSON, as sent. */
  body: string;
  /** `X-Encoded-Data` (the body in Base64) and `X-Signature` (its HMAC-SHA-256, hex). */
  headers: { 'content-type': string; 'X-Encoded-Data': string; 'X-Signature': string };
}

/** How deliveries are sent: the global fetch, or anything with its shape. */
export type WebhookFetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * The headers and body of a webhook delivery, exactly as the spec's `webhooks` section describes them: signed by
 * palomma-openapi/webhooks, the code verifyWebhook checks with.
 */
export async function signDelivery(envelope: unknown, integrityKey: string): Promise<SignedDelivery> {
  const encodedData = encodeWebhookData(envelope);
  const signature = await signWebhookData({ encodedData, integrityKey });
  return {
    body: JSON.stringify(envelope),
    headers: { 'content-type': 'application/json', [encodedDataHeader]: encodedData, [signatureHeader]: signature } as SignedDelivery['headers'],
  };
}

const copy = (d: WebhookDelivery): WebhookDelivery => ({ ...d, attempts: d.attempts.map((a) => ({ ...a })) });

export interface WebhooksOptions {
  /** Where to deliver. */
  urls: readonly string[];
  /** HMAC key (its UTF-8 bytes); never logged. */
  integrityKey: string;
  /** How to deliver. */
  fetch: WebhookFetch;
  /** Waits before each retry, in ms; its length is the number of retries. */
  retryDelays?: readonly number[];
  /** How long one attempt may take. */
  timeoutMs?: number;
  /** One line per attempt. */
  log?: ((line: string) => void) | undefined;
  /** The merchant's clock: envelope timestamps and retry times (default: real time). */
  clock?: Clock;
  /** Where retries wait (default: one of its own on `clock`). */
  timeline?: Timeline;
  /** Attempts in flight per receiver and in all, and waiting (defaults: 4, 32, 10 000). */
  limits?: Partial<DeliveryLimits>;
}

export interface Webhooks {
  /** Queues one delivery of the event to each URL. */
  send(eventType: string, event: Record<string, unknown>): void;
  /** Every delivery so far (the latest 1 000), oldest first. */
  list(): WebhookDelivery[];
  /**
   * Sends the deliveries of `webhookId` again (the same body and headers: same webhookId, timestamp and
   * signature) and resolves with them once each has been answered; undefined when there is none by that id.
   */
  redeliver(webhookId: string): Promise<WebhookDelivery[] | undefined>;
  /** Resolves once no delivery is waiting for an answer or a retry. */
  idle(): Promise<void>;
  /** Forgets every delivery and cancels the retries. */
  reset(): void;
}

/** What the list does not show of a delivery: its signed request, the retries it has had, its pending retry. */
interface Inside {
  signing: Promise<SignedDelivery>;
  retries: number;
  cancelRetry: (() => void) | undefined;
}

/**
 * A signal that aborts after `ms` (a TimeoutError) or when `cancelled` does, through a timer this module holds.
 * Not `AbortSignal.any([AbortSignal.timeout(ms), cancelled])`: Node can garbage-collect a timeout signal that only
 * a composite refers to before it fires (nodejs/node#57736), and the attempt then waits for its receiver forever,
 * holding its turn.
 */
function attemptSignal(ms: number, cancelled: AbortSignal): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  const onCancel = () => controller.abort(cancelled.reason);
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms);
  if (cancelled.aborted) onCancel();
  else cancelled.addEventListener('abort', onCancel, { once: true });
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      cancelled.removeEventListener('abort', onCancel);
    },
  };
}

export function createWebhooks({
  urls,
  integrityKey,
  fetch: send,
  retryDelays = defaultRetryDelays,
  timeoutMs = 5_000,
  log,
  clock = createClock(),
  timeline = createTimeline({ clock }),
  limits,
}: WebhooksOptions): Webhooks {
  const deliveries: WebhookDelivery[] = [];
  // A few attempts at a time per receiver, a bounded number in all: a receiver that hangs holds a few sockets.
  const queue = createDeliveryQueue(limits);
  // Aborted by a reset: the attempts in flight end (and free their sockets) with it.
  let cancel = new AbortController();
  const insides = new WeakMap<WebhookDelivery, Inside>();
  const pending = new Set<WebhookDelivery>();
  let waiters: Array<() => void> = [];
  let generation = 0;
  // Signing is asynchronous (Web Crypto); one at a time, so deliveries go out in the order the changes happened.
  let lastSigning: Promise<unknown> = Promise.resolve();

  function settleWaiters() {
    if (pending.size > 0) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  }

  /** One attempt; resolves once it has been answered (or not) and recorded. */
  async function attempt(delivery: WebhookDelivery, round: number, { redelivery = false } = {}): Promise<void> {
    const inside = insides.get(delivery)!;
    const at = new Date(clock.now()).toISOString();
    const started = Date.now();
    let status: number | undefined;
    let error: string | undefined;
    const cancelled = cancel.signal;
    try {
      const signed = await inside.signing;
      if (round !== generation) return; // reset while it was being signed: nothing to send, nothing to record
      status = await queue.run(delivery.url, async () => {
        // The attempt's time starts with its turn, not while it waits for one.
        const ends = attemptSignal(timeoutMs, cancelled);
        try {
          const response = await send(delivery.url, { method: 'POST', headers: signed.headers, body: signed.body, redirect: 'manual', signal: ends.signal });
          await response.body?.cancel?.().catch(() => {});
          return response.status;
        } finally {
          ends.done();
        }
      });
    } catch (cause) {
      const problem = cause as { name?: string; message?: string; code?: string; cause?: { code?: string } } | undefined;
      error = problem?.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String(problem?.cause?.code ?? problem?.code ?? problem?.message ?? cause);
    }
    if (round !== generation) return;
    delivery.attempts.push({ at, ...(status !== undefined ? { status } : { error }), ms: Date.now() - started });
    const ok = status !== undefined && status >= 200 && status < 300;
    const what = `webhook ${delivery.eventType} ${delivery.webhookId} → ${delivery.url}${redelivery ? ' (redelivered)' : ''}: ${status ?? error}`;
    if (ok) {
      inside.cancelRetry?.();
      inside.cancelRetry = undefined;
      delivery.state = 'delivered';
      log?.(what);
    } else if (redelivery) {
      // A redelivery on demand is one more try: a retry schedule still running goes on; otherwise it stays as it was.
      if (!inside.cancelRetry && delivery.state !== 'delivered') delivery.state = 'failed';
      log?.(`${what}; not retried`);
    } else {
      const retry = inside.retries < retryDelays.length;
      delivery.state = retry ? 'retrying' : 'failed';
      const wait = retryDelays[inside.retries] ?? 0;
      log?.(`${what}${retry ? `; retry ${inside.retries + 1} in ${wait} ms` : '; giving up'}`);
      if (retry) {
        inside.retries++;
        inside.cancelRetry = timeline.at(clock.now() + wait, () => {
          inside.cancelRetry = undefined;
          void attempt(delivery, round);
        });
        return;
      }
    }
    if (!inside.cancelRetry) {
      pending.delete(delivery);
      settleWaiters();
    }
  }

  return {
    send(eventType, event) {
      if (urls.length === 0) return;
      const envelope = { webhookId: newId(clock.now()), timestamp: clock.stamp(), eventType, event };
      // Signed once: every attempt to every URL sends the same bytes. A reset before its turn drops it unsigned,
      // so the deliveries a reset cancelled cost nothing more (1 000 of them kept the crypto busy for seconds).
      const round = generation;
      const signing = lastSigning.then(() => (round === generation ? signDelivery(envelope, integrityKey) : Promise.reject(new Error('reset before it was signed'))));
      lastSigning = signing.catch(() => {});
      for (const url of urls) {
        const delivery: WebhookDelivery = {
          webhookId: envelope.webhookId,
          timestamp: envelope.timestamp,
          eventType,
          eventId: event.id as string | undefined,
          url,
          state: 'pending',
          attempts: [],
        };
        insides.set(delivery, { signing, retries: 0, cancelRetry: undefined });
        deliveries.push(delivery);
        if (deliveries.length > 1_000) deliveries.shift();
        pending.add(delivery);
        void attempt(delivery, generation);
      }
    },
    list: () => deliveries.map(copy),
    async redeliver(webhookId) {
      const matching = deliveries.filter((d) => d.webhookId === webhookId);
      if (matching.length === 0) return undefined;
      for (const delivery of matching) pending.add(delivery);
      await Promise.all(matching.map((delivery) => attempt(delivery, generation, { redelivery: true })));
      return matching.map(copy);
    },
    idle: () => (pending.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    reset() {
      generation++;
      cancel.abort();
      cancel = new AbortController();
      queue.clear();
      for (const delivery of deliveries) insides.get(delivery)?.cancelRetry?.();
      deliveries.length = 0;
      pending.clear();
      settleWaiters();
    },
  };
}
