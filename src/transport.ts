// Sends one API call: a timeout per attempt, and retries only where no second payout can result.
import { PalommaConnectionError, PalommaTimeoutError, retryAfterMs } from './errors.js';
import { backoffMs, errorCode, failedBeforeSending, retryPolicy, sleep } from './retry.js';

export type FetchLike = (input: Request) => Promise<Response>;

export interface CallSettings {
  method: string;
  path: string;
  timeout: number;
  maxRetries: number;
  signal: AbortSignal | undefined;
  fetch: FetchLike;
}

/** One call's state, shared by the transport and the code that reads the response body after it. */
export class Call {
  timer: ReturnType<typeof setTimeout> | undefined;
  timedOut = false;
  response: Response | undefined;
  retries = 0;

  constructor(readonly settings: CallSettings) {}

  /** Stops the running attempt's timer once the body has been read (or the call failed). */
  finish(): void {
    clearTimeout(this.timer);
  }

  timeoutError(): PalommaTimeoutError {
    const { timeout, method, path } = this.settings;
    return new PalommaTimeoutError(timeout, { method, path });
  }

  /** The fetch openapi-fetch calls: every attempt, with its timer and its retry decision. */
  send = async (request: Request): Promise<Response> => {
    const { maxRetries, signal, fetch, method, path } = this.settings;
    let next: Request = request;
    for (let attempt = 0; ; attempt++) {
      // The body can be read once; keep a copy while a retry is still possible.
      const spare = attempt < maxRetries ? next.clone() : undefined;
      const controller = new AbortController();
      this.timedOut = false;
      this.timer = setTimeout(() => {
        this.timedOut = true;
        controller.abort(this.timeoutError());
      }, this.settings.timeout);
      const attemptSignal = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;

      let response: Response;
      try {
        response = await fetch(new Request(next, { signal: attemptSignal }));
      } catch (error) {
        this.finish();
        if (this.timedOut) throw this.timeoutError();
        if (signal?.aborted) throw signal.reason;
        if (spare && failedBeforeSending(error)) {
          await sleep(backoffMs(attempt), signal);
          next = spare;
          this.retries++;
          continue;
        }
        const code = errorCode(error);
        throw new PalommaConnectionError(
          `${method} ${path}: could not complete the request${code ? ` (${code})` : ''}: ${(error as Error)?.message ?? String(error)}`,
          { method, path, cause: error },
        );
      }

      if (response.status === 429 && spare) {
        const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt);
        if (wait <= retryPolicy.maxRetryAfterMs) {
          this.finish();
          await response.body?.cancel().catch(() => {});
          await sleep(wait, signal);
          next = spare;
          this.retries++;
          continue;
        }
      }
      this.response = response;
      return response;
    }
  };
}
