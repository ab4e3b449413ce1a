// Signed webhook deliveries to every registered URL, retried with the same webhookId and timestamp until a 2xx.
import { encodedDataHeader, encodeWebhookData, signatureHeader, signWebhookData } from '../../webhooks/index.js';
import { newId } from './ids.js';

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
}

export interface Webhooks {
  /** Queues one delivery of the event to each URL. */
  send(eventType: string, event: Record<string, unknown>): void;
  /** Every delivery so far (the latest 1 000), oldest first. */
  list(): WebhookDelivery[];
  /** Resolves once no delivery is waiting for an answer or a retry. */
  idle(): Promise<void>;
  /** Forgets every delivery and cancels the retries. */
  reset(): void;
}

export function createWebhooks({ urls, integrityKey, fetch: send, retryDelays = defaultRetryDelays, timeoutMs = 5_000, log }: WebhooksOptions): Webhooks {
  const deliveries: WebhookDelivery[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const pending = new Set<WebhookDelivery>();
  let waiters: Array<() => void> = [];
  let generation = 0;
  // Signing is asynchronous (Web Crypto); one at a time, so deliveries go out in the order the changes happened.
  let lastSigning: Promise<unknown> = Promise.resolve();
  // Each URL gets its first attempts one at a time: a delivery is sent once the one before it to that URL has
  // been answered (or has failed), so a receiver sees the changes in the order they happened however long it
  // takes over each one. Retries wait on their own timers and do not hold the queue up.
  const queues = new Map<string, Promise<void>>();

  function settleWaiters() {
    if (pending.size > 0) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  }

  async function attempt(delivery: WebhookDelivery, signing: Promise<SignedDelivery>, round: number): Promise<void> {
    const started = Date.now();
    let status: number | undefined;
    let error: string | undefined;
    if (round !== generation) return;
    try {
      const signed = await signing;
      const response = await send(delivery.url, {
        method: 'POST',
        headers: signed.headers,
        body: signed.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      await response.body?.cancel?.().catch(() => {});
    } catch (cause) {
      const problem = cause as { name?: string; message?: string; cause?: { code?: string } } | undefined;
      error = problem?.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String(problem?.cause?.code ?? problem?.message ?? cause);
    }
    if (round !== generation) return;
    delivery.attempts.push({ at: new Date(started).toISOString(), ...(status !== undefined ? { status } : { error }), ms: Date.now() - started });
    const ok = status !== undefined && status >= 200 && status < 300;
    const retry = !ok && delivery.attempts.length <= retryDelays.length;
    delivery.state = ok ? 'delivered' : retry ? 'retrying' : 'failed';
    const wait = retryDelays[delivery.attempts.length - 1] ?? 0;
    log?.(
      `webhook ${delivery.eventType} ${delivery.webhookId} → ${delivery.url}: ${status ?? error}` +
        (ok ? '' : retry ? `; retry ${delivery.attempts.length} in ${wait} ms` : '; giving up'),
    );
    if (retry) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        void attempt(delivery, signing, round);
      }, wait);
      timer.unref?.();
      timers.add(timer);
      return;
    }
    pending.delete(delivery);
    settleWaiters();
  }

  return {
    send(eventType, event) {
      if (urls.length === 0) return;
      const envelope = { webhookId: newId(), timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), eventType, event };
      // Signed once: every attempt to every URL sends the same bytes.
      const signing = lastSigning.then(() => signDelivery(envelope, integrityKey));
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
        deliveries.push(delivery);
        if (deliveries.length > 1_000) deliveries.shift();
        pending.add(delivery);
        const round = generation;
        // attempt() settles every failure itself; the catch only keeps the queue going whatever happens.
        const first = (queues.get(url) ?? Promise.resolve()).then(() => attempt(delivery, signing, round)).catch(() => {});
        queues.set(url, first);
        void first.then(() => {
          if (queues.get(url) === first) queues.delete(url);
        });
      }
    },
    list: () => deliveries.map((d) => ({ ...d, attempts: d.attempts.map((a) => ({ ...a })) })),
    idle: () => (pending.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    reset() {
      generation++;
      queues.clear();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      deliveries.length = 0;
      pending.clear();
      settleWaiters();
    },
  };
}
