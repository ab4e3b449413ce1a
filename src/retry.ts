// When a failed attempt may be retried without risking a second payout, and how long to wait first.

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

/** The error's `code`, or that of the first error in its `cause` chain that has one. */
export function errorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
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
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
