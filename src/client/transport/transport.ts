// Sends one API call: a timeout per attempt, retries only where no second payout can result, no redirects, and
// a cap on how much of the response is read.
import { limitBody, readLimited } from './body-limit.js';
import { endsInsideJson } from './json-end.js';
import { PalommaConnectionError, PalommaError, PalommaRedirectError, PalommaResponseTooLargeError, PalommaTimeoutError } from '../errors.js';
import type { LightRequest } from './light-request.js';
import type { AttemptLog } from '../logger.js';
import type { Redactor } from '../internal/redact.js';
import { retryAfterMs } from './retry-after.js';
import { addressOf, backoffMs, errorCode, failedBeforeSending, retryPolicy, sleep } from './retry.js';

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
  /** The most bytes of the response body read; past it the call fails with PalommaResponseTooLargeError. */
  maxResponseBytes: number;
  /** Masks the token in anything a foreign error or the server hands back. */
  redactor: Redactor;
  /** The caller reads the body as a stream (`parseAs: 'stream'`): the timeout then runs until the stream ends. */
  streamsBody?: boolean;
}

// The statuses fetch would follow (with `redirect: 'manual'` it hands them back instead).
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
// Statuses that cannot have a body, so a Response carrying one cannot be constructed.
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/** One call's state, shared by the transport and the code that reads the response body after it. */
export class Call {
  timer: ReturnType<typeof setTimeout> | undefined;
  timedOut = false;
  /** Stops reading the body when the attempt times out (set while a counted body is being read). */
  private stopBody: ((reason: unknown) => void) | undefined;
  response: Response | undefined;
  /**
   * The body of a response that declared no length and closes its connection, as read: its end may be only where
   * the connection closed, so a body that stops mid-JSON may have been cut off (see {@link Call.cutShort}).
   */
  private unframedBody: Uint8Array | undefined;

  constructor(readonly settings: CallSettings) {}

  /**
   * True when the body declared no length, came with `Connection: close`, and stops inside a JSON object, array or
   * string. undici (Node's fetch) takes whatever arrived before such a socket ended as the whole body, even
   * mid-chunk, so a cut connection looks like a complete but malformed body. (On a connection kept alive, a chunked
   * body ends only at its last chunk: one that stops mid-JSON there is the server's own.)
   */
  cutShort(): boolean {
    return this.unframedBody !== undefined && endsInsideJson(new TextDecoder().decode(this.unframedBody));
  }

  /** Stops the running attempt's timer once the body has been read (or the call failed). */
  finish(): void {
    clearTimeout(this.timer);
  }

  timeoutError(): PalommaTimeoutError {
    const { timeout, method, path } = this.settings;
    return new PalommaTimeoutError(timeout, { method, path });
  }

  /** The error for a body that broke off: the timeout, the caller's abort, or a connection that closed. */
  bodyError(error: unknown): unknown {
    const { method, path, signal, redactor } = this.settings;
    if (error instanceof PalommaError) return error;
    if (this.timedOut) return this.timeoutError();
    if (signal?.aborted) return signal.reason;
    return new PalommaConnectionError(`${method} ${path}: the connection closed before the whole response arrived`, {
      method,
      path,
      code: errorCode(error),
      cause: redactor.cause(error),
    });
  }

  /** Starts an attempt's timer; returns the signal that ends the attempt (timeout or the caller's abort). */
  private arm(): AbortSignal {
    const controller = new AbortController();
    this.timedOut = false;
    this.timer = setTimeout(() => {
      this.timedOut = true;
      const error = this.timeoutError();
      controller.abort(error);
      this.stopBody?.(error);
    }, this.settings.timeout);
    const { signal } = this.settings;
    return signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
  }

  private attempt(request: LightRequest | Request, light: boolean, signal: AbortSignal): Promise<Response> {
    const { fetch } = this.settings;
    // A LightRequest goes to fetch as URL + init: fetch builds the only real Request of the call.
    return light ? fetch(request.url, (request as LightRequest).init(signal)) : fetch(request as Request, { signal, redirect: 'manual' });
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
    const { maxRetries, signal } = this.settings;
    // openapi-fetch hands over what its Request class built (a LightRequest), or a real Request from middleware.
    const light = !(request instanceof globalThis.Request);
    let next = request;
    for (let attempt = 0; ; attempt++) {
      // A light request's body is a string and can be sent again; a real Request's stream must be copied first.
      const spare = attempt < maxRetries ? (light ? next : (next as Request).clone()) : undefined;
      let response: Response;
      // Logging costs nothing unless a log is configured: no clock reads, no closures.
      const log = this.settings.log && this.attemptLogger(next, attempt, performance.now());
      try {
        response = await this.attempt(next, light, this.arm());
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
        throw this.connectionError(error, next.url);
      }

      if (response.type === 'opaqueredirect' || redirectStatuses.has(response.status)) {
        log?.({ status: response.status, retrying: false });
        throw await this.discard(response, this.redirectError(response, next.url));
      }
      if (response.status === 429 && spare) {
        const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt);
        if (wait <= retryPolicy.maxRetryAfterMs) {
          log?.({ status: response.status, retrying: true });
          await this.discard(response);
          await sleep(wait, signal);
          next = spare;
          continue;
        }
      }
      let capped = this.capped(response);
      // The common case needs no await (a tick less per call): only a counted body is read here.
      if (capped instanceof Promise) {
        try {
          capped = await capped;
        } catch (error) {
          log?.({ status: response.status, failure: (error as Error).name, retrying: false });
          throw error;
        }
      }
      // The log's debug copy is taken from the capped response, so it is bounded too.
      log?.({ status: response.status, retrying: false, response: this.settings.log?.level === 'debug' ? capped : undefined });
      this.response = capped;
      return this.response;
    }
  };

  /** Stops the attempt and drops the response's body; resolves to `error`, for throwing. */
  private async discard<E>(response: Response, error?: E): Promise<E | undefined> {
    this.finish();
    // Not awaited: cancelling a body that was cloned (tee'd) settles only when every copy is cancelled.
    void response.body?.cancel().catch(() => {});
    return error;
  }

  /**
   * The response, its body limited to `maxResponseBytes`. When the length is declared and the body is not
   * compressed, HTTP framing already bounds it and the response passes as it is (the common, cheap case).
   */
  private capped(response: Response): Response | Promise<Response> {
    const { maxResponseBytes: limit, streamsBody } = this.settings;
    if (response.body === null || nullBodyStatuses.has(response.status)) return response;
    const declared = response.headers.get('content-length');
    const length = declared === null ? Number.NaN : Number(declared);
    if (length > limit) {
      const error = this.tooLargeError(response);
      void this.discard(response);
      return Promise.reject(error);
    }
    if (!streamsBody && length >= 0 && !response.headers.has('content-encoding')) return response;
    const hooks = {
      tooLarge: () => this.tooLargeError(response),
      failed: (error: unknown) => this.bodyError(error),
      // A streamed body's timer stops when the stream ends; a buffered one's when the caller has parsed it.
      ended: () => (streamsBody ? this.finish() : undefined),
      read: declared === null && closesConnection(response) ? (body: Uint8Array) => (this.unframedBody = body) : undefined,
    };
    const onStop = (stop: (reason: unknown) => void) => (this.stopBody = stop);
    // The caller buffers the body anyway (JSON, text), except with parseAs: 'stream'.
    return streamsBody ? limitBody(response, limit, onStop, hooks) : readLimited(response, limit, onStop, hooks);
  }

  private tooLargeError(response: Response): PalommaResponseTooLargeError {
    const { method, path, maxResponseBytes, redactor } = this.settings;
    return new PalommaResponseTooLargeError(maxResponseBytes, redactor.response(response), { method, path });
  }

  private redirectError(response: Response, requestUrl: string): PalommaRedirectError {
    const { method, path, redactor } = this.settings;
    let origin: string | undefined;
    try {
      const location = response.headers.get('location');
      origin = location === null ? undefined : new URL(location, requestUrl).origin;
    } catch {
      origin = undefined;
    }
    return new PalommaRedirectError(response.status, origin === 'null' ? undefined : origin, redactor.response(response), { method, path });
  }

  /** Where and why the request failed: `ECONNREFUSED 127.0.0.1:4010`, never the request's headers. */
  private connectionError(error: unknown, requestUrl: string): PalommaConnectionError {
    const { method, path, redactor } = this.settings;
    const code = errorCode(error);
    const found = addressOf(error);
    const why = code
      ? `${code}${found ? ` ${found.address}${found.port === undefined ? '' : `:${found.port}`}` : ''}`
      : redactor.text(deepestMessage(error)).slice(0, 200);
    return new PalommaConnectionError(`${method} ${path}: could not complete the request to ${hostAndPort(requestUrl)}: ${why}`, {
      method,
      path,
      code,
      cause: redactor.cause(error),
    });
  }
}

const closesConnection = (response: Response) => /(^|,)\s*close\s*(,|$)/i.test(response.headers.get('connection') ?? '');

function hostAndPort(url: string): string {
  try {
    const { hostname, port, protocol } = new URL(url);
    return `${hostname}:${port || (protocol === 'https:' ? '443' : '80')}`;
  } catch {
    return 'the server';
  }
}

// fetch's own message is often just "fetch failed"; the innermost cause says what happened.
function deepestMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) if (e.message) message = e.message;
  return message;
}
