// Wraps openapi-fetch's methods: validate the body, send through the transport, check the reply, name the error.
import type { Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import {
  PalommaConnectionError,
  PalommaError,
  PalommaResponseValidationError,
  PalommaValidationError,
} from './errors.js';
import { redactToken } from './redact.js';
import { responseError } from './response-error.js';
import { checkMaxRetries, checkTimeout, type Settings } from './settings.js';
import { Call, type FetchLike } from './transport.js';
import { requestIssues, responseIssues } from './validation/index.js';

/** What every call accepts on top of openapi-fetch's own options. */
export interface CallOptions {
  /** Aborts the call; the abort reason is thrown as is. */
  signal?: AbortSignal;
  /** Milliseconds for each attempt, overriding the client's `timeout`. */
  timeout?: number;
  /** Retries for this call, overriding the client's `maxRetries`. */
  maxRetries?: number;
  /** Validate this call's body and parameters against the spec, overriding the client's `validateRequests`. */
  validateRequest?: boolean;
  /** The fetch for this call only. */
  fetch?: FetchLike;
}

const methodNames = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
type Method = (typeof methodNames)[number];
type Init = CallOptions & Record<string, unknown>;
type Result = { data?: unknown; error?: unknown; response: Response };

async function checkResponse(settings: Settings, call: Call, result: Result): Promise<void> {
  const { method, path } = call.settings;
  const { status, ok } = result.response;
  const issues = (await responseIssues(method, path, status, ok ? result.data : result.error)) ?? [
    { path: '', message: `status ${status} is not documented for ${method} ${path}` },
  ];
  if (issues.length === 0) return;
  const problem = new PalommaResponseValidationError(issues, status, { method, path });
  if (settings.validateResponses === 'throw' && ok) throw problem;
  settings.onWarning(problem);
}

// Errors raised while openapi-fetch read the body, after the transport had handed it the response.
function nameError(error: unknown, call: Call): unknown {
  if (error instanceof PalommaError) return error;
  if (call.timedOut) return call.timeoutError();
  if (call.settings.signal?.aborted) return error;
  const { method, path } = call.settings;
  if (error instanceof SyntaxError && call.response) {
    return responseError(call.response, undefined, { method, path }, 'the body is not valid JSON', error);
  }
  if (error instanceof TypeError) {
    return new PalommaConnectionError(`${method} ${path}: the connection closed before the whole response arrived`, {
      method,
      path,
      cause: error,
    });
  }
  return error;
}

function wrap(base: Client<paths>, method: Method, settings: Settings, token: string) {
  const send = base[method] as unknown as (path: string, init: Record<string, unknown>) => Promise<Result>;
  return async (path: string, init?: Init): Promise<Result> => {
    const { signal, timeout, maxRetries, validateRequest, fetch, ...rest } = init ?? {};
    if (validateRequest ?? settings.validateRequests) {
      const issues = requestIssues(method, path, rest as { body?: unknown; params?: { path?: unknown; query?: unknown } });
      if (issues.length) throw new PalommaValidationError(issues, { method, path });
    }
    const call = new Call({
      method,
      path,
      timeout: timeout === undefined ? settings.timeout : checkTimeout(timeout),
      maxRetries: maxRetries === undefined ? settings.maxRetries : checkMaxRetries(maxRetries),
      signal,
      fetch: fetch ?? settings.fetch,
    });
    try {
      const result = await send(path, { ...rest, fetch: call.send });
      if (settings.validateResponses !== 'off') await checkResponse(settings, call, result);
      return result;
    } catch (error) {
      throw redactToken(nameError(error, call), token);
    } finally {
      call.finish();
    }
  };
}

/** openapi-fetch's client with every HTTP method wrapped; `use` and `eject` are openapi-fetch's own. */
export function wrapMethods(base: Client<paths>, settings: Settings, token: string): Client<paths> {
  const wrapped: Record<string, unknown> = { use: base.use, eject: base.eject };
  for (const method of methodNames) wrapped[method] = wrap(base, method, settings, token);
  wrapped.request = (method: string, path: string, init?: Init) => {
    const upper = method.toUpperCase() as Method;
    return (wrapped[upper] as ReturnType<typeof wrap>)(path, init);
  };
  return wrapped as unknown as Client<paths>;
}
