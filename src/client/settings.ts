// The client's behaviour settings (timeouts, retries, validation), checked once at construction.
import { PalommaConfigError, type PalommaResponseValidationError } from './errors.js';
import { createAttemptLog, type AttemptLog, type Logger, type LogLevel } from './logger.js';
import type { FetchLike } from './transport/transport.js';

export type ResponseValidationMode = 'off' | 'warn' | 'throw';

export interface BehaviourOptions {
  /**
   * Milliseconds each attempt may take, body included, before a PalommaTimeoutError. Default 60 000; at most
   * 2 147 483 647 (about 24.8 days, the longest timer JavaScript runtimes keep).
   */
  timeout?: number;
  /** Retries after a 429 or a connection that failed before sending. Default 2; 0 turns retries off. */
  maxRetries?: number;
  /** Check request bodies and path/query parameters against the spec before sending. Default true. */
  validateRequests?: boolean;
  /** Check response bodies against the spec: `'warn'` reports, `'throw'` rejects 2xx bodies. Default `'off'`. */
  validateResponses?: ResponseValidationMode;
  /** Where `'warn'` reports go. Default `console.warn` of the message (paths and reasons, never the token). */
  onWarning?: (warning: PalommaResponseValidationError) => void;
  /**
   * Where log lines go (an object with debug/info/warn/error, such as `console`). Without one, nothing is logged
   * unless `logLevel` or `PALOMMA_LOG` asks for it (then `console`). The token never reaches it.
   */
  logger?: Logger;
  /**
   * How much to log: `'off'`, `'error'` (failed attempts), `'warn'` (error statuses, retries), `'info'` (one line
   * per attempt: method, path template, status, attempt, milliseconds) or `'debug'` (request and response bodies
   * too). Default: the `PALOMMA_LOG` environment variable, else `'info'` with a `logger` and `'off'` without.
   */
  logLevel?: LogLevel;
  /**
   * The most bytes of one response body the client reads. Default 10 MiB (10 485 760), far above any Palomma
   * object or page. Counted as the body arrives (after decompression), so memory stays near the cap whatever the
   * server sends; past it the call fails with PalommaResponseTooLargeError.
   */
  maxResponseBytes?: number;
  /**
   * Allow `createPalommaClient` where `window` and `document` exist. Off by default: a Palomma API key moves money,
   * and anything shipped to a browser is readable by whoever uses it. Set it only for a key that is meant to be
   * exposed (a local mock, a test key), never for a live key.
   */
  dangerouslyAllowBrowser?: boolean;
}

/** The names of {@link BehaviourOptions}, for the run-time check of a client's options. */
export const behaviourOptionNames = [
  'timeout',
  'maxRetries',
  'validateRequests',
  'validateResponses',
  'onWarning',
  'logger',
  'logLevel',
  'maxResponseBytes',
  'dangerouslyAllowBrowser',
] as const satisfies readonly (keyof BehaviourOptions)[];

export interface Settings {
  timeout: number;
  maxRetries: number;
  validateRequests: boolean;
  validateResponses: ResponseValidationMode;
  onWarning: (warning: PalommaResponseValidationError) => void;
  fetch: FetchLike;
  log: AttemptLog | undefined;
  maxResponseBytes: number;
}

export const defaults = { timeout: 60_000, maxRetries: 2, maxResponseBytes: 10 * 1024 * 1024 } as const;

/** setTimeout's ceiling: a longer delay overflows and fires at once. */
export const maxTimeout = 2 ** 31 - 1;

export function checkTimeout(timeout: unknown): number {
  if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0 || timeout > maxTimeout) {
    throw new PalommaConfigError(`timeout: must be a positive number of milliseconds, at most ${maxTimeout}; got ${String(timeout)}`);
  }
  return timeout;
}

export function checkMaxResponseBytes(maxResponseBytes: unknown): number {
  if (typeof maxResponseBytes !== 'number' || !Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1) {
    throw new PalommaConfigError(`maxResponseBytes: must be a whole number of bytes, 1 or more; got ${String(maxResponseBytes)}`);
  }
  return maxResponseBytes;
}

export function checkMaxRetries(maxRetries: unknown): number {
  if (typeof maxRetries !== 'number' || !Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new PalommaConfigError(`maxRetries: must be a whole number, 0 or more; got ${String(maxRetries)}`);
  }
  return maxRetries;
}

export function resolveSettings(options: BehaviourOptions & { fetch?: FetchLike }, token: string): Settings {
  const mode = options.validateResponses ?? 'off';
  if (!['off', 'warn', 'throw'].includes(mode)) {
    throw new PalommaConfigError(`validateResponses: must be 'off', 'warn' or 'throw'; got ${JSON.stringify(mode)}`);
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new PalommaConfigError('fetch: must be a function like the global fetch');
  }
  if (options.onWarning !== undefined && typeof options.onWarning !== 'function') {
    throw new PalommaConfigError('onWarning: must be a function');
  }
  return {
    timeout: checkTimeout(options.timeout ?? defaults.timeout),
    maxRetries: checkMaxRetries(options.maxRetries ?? defaults.maxRetries),
    validateRequests: options.validateRequests ?? true,
    validateResponses: mode,
    onWarning: options.onWarning ?? ((warning) => console.warn(warning.message)),
    // Looked up per call, so a fetch patched after construction (by a test, a tracer) is still used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    log: createAttemptLog(options, token),
    maxResponseBytes: checkMaxResponseBytes(options.maxResponseBytes ?? defaults.maxResponseBytes),
  };
}
