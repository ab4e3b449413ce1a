// Signed webhook deliveries to every registered URL, retried with the same webhookId and timestamp until a 2xx.
import { createHmac } from 'node:crypto';
import { newId } from './ids.js';

/** Seconds-scale by default: the first retry within 5 s, as the issue asks, then longer waits. */
export const defaultRetryDelays = [1_000, 5_000, 30_000, 120_000, 600_000];

/** The headers and body of one delivery, exactly as the spec's `webhooks` section describes them. */
export function signDelivery(envelope, integrityKey) {
  const body = JSON.stringify(envelope);
  const encodedData = Buffer.from(body, 'utf8').toString('base64');
  const signature = createHmac('sha256', Buffer.from(integrityKey, 'utf8')).update(encodedData).digest('hex');
  return { body, headers: { 'content-type': 'application/json', 'X-Encoded-Data': encodedData, 'X-Signature': signature } };
}

/**
 * @param {object} options
 * @param {string[]} options.urls where to deliver
 * @param {string} options.integrityKey HMAC key (its UTF-8 bytes); never logged
 * @param {(url: string, init: RequestInit) => Promise<Response>} options.fetch how to deliver (global fetch by default)
 * @param {number[]} options.retryDelays waits before each retry, in ms; its length is the number of retries
 * @param {number} options.timeoutMs how long one attempt may take
 * @param {(line: string) => void} [options.log] one line per attempt
 */
export function createWebhooks({ urls, integrityKey, fetch: send, retryDelays = defaultRetryDelays, timeoutMs = 5_000, log }) {
  const deliveries = [];
  const timers = new Set();
  const pending = new Set();
  let waiters = [];
  let generation = 0;

  function settleWaiters() {
    if (pending.size > 0) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  }

  async function attempt(delivery, signed, round) {
    const started = Date.now();
    let status;
    let error;
    try {
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
      error = cause?.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String(cause?.cause?.code ?? cause?.message ?? cause);
    }
    if (round !== generation) return;
    delivery.attempts.push({ at: new Date(started).toISOString(), ...(status !== undefined ? { status } : { error }), ms: Date.now() - started });
    const ok = status !== undefined && status >= 200 && status < 300;
    const retry = !ok && delivery.attempts.length <= retryDelays.length;
    delivery.state = ok ? 'delivered' : retry ? 'retrying' : 'failed';
    log?.(
      `webhook ${delivery.eventType} ${delivery.webhookId} → ${delivery.url}: ${status ?? error}` +
        (ok ? '' : retry ? `; retry ${delivery.attempts.length} in ${retryDelays[delivery.attempts.length - 1]} ms` : '; giving up'),
    );
    if (retry) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        attempt(delivery, signed, round);
      }, retryDelays[delivery.attempts.length - 1]);
      timer.unref?.();
      timers.add(timer);
      return;
    }
    pending.delete(delivery);
    settleWaiters();
  }

  return {
    /** Queues one delivery of the event to each URL. */
    send(eventType, event) {
      const envelope = { webhookId: newId(), timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), eventType, event };
      const signed = signDelivery(envelope, integrityKey);
      for (const url of urls) {
        const delivery = { webhookId: envelope.webhookId, timestamp: envelope.timestamp, eventType, eventId: event.id, url, state: 'pending', attempts: [] };
        deliveries.push(delivery);
        if (deliveries.length > 1_000) deliveries.shift();
        pending.add(delivery);
        attempt(delivery, signed, generation);
      }
    },
    /** Every delivery so far (the latest 1 000), oldest first. */
    list: () => deliveries.map((d) => ({ ...d, attempts: d.attempts.map((a) => ({ ...a })) })),
    /** Resolves once no delivery is waiting for an answer or a retry. */
    idle: () => (pending.size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    /** Forgets every delivery and cancels the retries. */
    reset() {
      generation++;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      deliveries.length = 0;
      pending.clear();
      settleWaiters();
    },
  };
}
