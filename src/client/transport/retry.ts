// When a failed attempt may be retried without risking a second payout, and how long to wait first.
import { whenAborted } from './abort-fanout.js';

/** Backoff doubles from `baseDelayMs` up to `maxDelayMs`; a Retry-After longer than `maxRetryAfterMs` is not waited out. */
export const retryPolicy = { baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

/** Exponential backoff with full jitter: a random wait between 0 and the attempt's ceiling. */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  return random() * Math.min(retryPolicy.maxDelayMs, retryPolicy.baseDelayMs * 2 ** retry);
}

// Errors raised while connecting, before a byte of the request was written: the server cannot have acted
// on it. Anything else (a reset, a socket closed mid-way) might come after the server created the target.
const notSentCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The error, its `cause` chain and an AggregateError's `errors`, breadth first, at most 20 of them. */
function related(error: unknown): unknown[] {
  const queue = [error];
  for (let i = 0; i < queue.length && queue.length < 20; i++) {
    const e = queue[i] as { cause?: unknown; errors?: unknown } | null;
    if (!e || typeof e !== 'object') continue;
    if (e.cause !== undefined) queue.push(e.cause);
    if (Array.isArray(e.errors)) queue.push(...e.errors.slice(0, 5));
  }
  return queue.slice(0, 20);
}

/** The error's `code`, or that of the first related error (its `cause` chain, an AggregateError's `errors`) that has one. */
export function errorCode(error: unknown): string | undefined {
  for (const e of related(error)) {
    const code = e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** True when fetch failed before the request left this machine (only knowable where the runtime says so). */
export function failedBeforeSending(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && notSentCodes.has(code);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const stopWaiting = signal
      ? whenAborted(signal, () => {
          clearTimeout(timer);
          reject(signal.reason);
        })
      : undefined;
    const timer = setTimeout(() => {
      stopWaiting?.();
      resolve();
    }, ms);
  });
}

/** The first related error (as for {@link errorCode}) that names a network address, with its port. */
export function addressOf(error: unknown): { address: string; port?: number } | undefined {
  for (const e of related(error)) {
    const { address, port } = (e && typeof e === 'object' ? e : {}) as { address?: unknown; port?: unknown };
    if (typeof address === 'string') return { address, port: typeof port === 'number' ? port : undefined };
  }
  return undefined;
}
