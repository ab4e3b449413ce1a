// Sends one API call: a timeout per attempt, and retries only where no second payout can result.
import { PalommaConnectionError, PalommaTimeoutError, retryAfterMs } from './errors.js';
import { LightRequest } from './light-request.js';
import type { AttemptLog } from './logger.js';
import { backoffMs, errorCode, failedBeforeSending, retryPolicy, sleep } from './retry.js';

/** The shape of the global `fetch`; any compatible function can be passed as the client's `fetch`. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface CallSettings {
  method: string;
  path: string;
  timeout: number;
  maxRetries: number;
  signal: AbortSignal | undefined;
  fetch: FetchLike;
  log?: AttemptLog | undefined;
}

/** One call's state, shared by the transport and the code that reads the response body after it. */
export class Call {
  timer: ReturnType<typeof setTimeout> | undefined;
  timedOut = false;
  response: Response | undefined;

  constructor(readonly settings: CallSettings) {}

  /** Stops the running attempt's timer once the body has been read (or the call failed). */
  finish(): void {
    clearTimeout(this.timer);
  }

  timeoutError(): PalommaTimeoutError {
    const { timeout, method, path } = this.settings;
    return new PalommaTimeoutError(timeout, { method, path });
  }

  /** Starts an attempt's timer; returns the signal that ends the attempt (timeout or the caller's abort). */
  private arm(): AbortSignal {
    const controller = new AbortController();
    this.timedOut = false;
    this.timer = setTimeout(() => {
      this.timedOut = true;
      controller.abort(this.timeoutError());
    }, this.settings.timeout);
    const { signal } = this.settings;
    return signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
  }

  private attempt(request: LightRequest | Request, signal: AbortSignal): Promise<Response> {
    const { fetch } = this.settings;
    // A LightRequest goes to fetch as URL + init: fetch builds the only real Request of the call.
    return request instanceof LightRequest && !(request instanceof globalThis.Request)
      ? fetch(request.url, request.init(signal))
      : fetch(request as Request, { signal });
  }

  /** Reports one attempt's outcome to the client's log. */
  private attemptLogger(request: LightRequest | Request, attempt: number, started: number) {
    const { method, path, log } = this.settings;
    return (outcome: { status?: number; failure?: string; retrying: boolean; response?: Response }) =>
      log!.attempt({
        method,
        path,
        attempt: attempt + 1,
        ms: performance.now() - started,
        ...outcome,
        requestBody: () => (typeof request.body === 'string' ? request.body : undefined),
        responseBody: outcome.response && (() => outcome.response!.clone().text()),
      });
  }

  /** The fetch openapi-fetch calls: every attempt, with its timer and its retry decision. */
  send = async (request: LightRequest | Request): Promise<Response> => {
    const { maxRetries, signal, method, path } = this.settings;
    const light = !(request instanceof globalThis.Request);
    let next = request;
    for (let attempt = 0; ; attempt++) {
      // A light request's body is a string and can be sent again; a real Request's stream must be copied first.
      const spare = attempt < maxRetries ? (light ? next : (next as Request).clone()) : undefined;
      let response: Response;
      // Logging costs nothing unless a log is configured: no clock reads, no closures.
      const log = this.settings.log && this.attemptLogger(next, attempt, performance.now());
      try {
        response = await this.attempt(next, this.arm());
      } catch (error) {
        this.finish();
        const retrying = !this.timedOut && !signal?.aborted && spare !== undefined && failedBeforeSending(error);
        log?.({ failure: this.timedOut ? 'timed out' : (errorCode(error) ?? 'connection failed'), retrying });
        if (this.timedOut) throw this.timeoutError();
        if (signal?.aborted) throw signal.reason;
        if (retrying) {
          await sleep(backoffMs(attempt), signal);
          next = spare!;
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
          log?.({ status: response.status, retrying: true });
          this.finish();
          // Not awaited: cancelling a body that was cloned (tee'd) settles only when every copy is cancelled.
          void response.body?.cancel().catch(() => {});
          await sleep(wait, signal);
          next = spare;
          continue;
        }
      }
      log?.({ status: response.status, retrying: false, response: this.settings.log?.level === 'debug' ? response : undefined });
      this.response = response;
      return response;
    }
  };
}
