// Wraps openapi-fetch's methods: validate the body, send through the transport, check the reply, name the error.
import type { Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import {
  PalommaError,
  PalommaResponseValidationError,
  PalommaValidationError,
} from './errors.js';
import { createRedactor, type Redactor } from './redact.js';
import { responseError } from './response-error.js';
import { checkMaxRetries, checkTimeout, type Settings } from './settings.js';
import { Call, type FetchLike } from './transport.js';
import { requestIssues, responseIssues } from './validation/index.js';
import { pathParamIssues } from './validation/path-params.js';

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

// Errors raised while openapi-fetch read the body, after the transport had handed it the response; any foreign
// error kept as a cause is a sanitized copy.
function nameError(error: unknown, call: Call, redactor: Redactor): unknown {
  if (error instanceof PalommaError) return error;
  if (call.timedOut) return call.timeoutError();
  if (call.settings.signal?.aborted) return error;
  const { method, path } = call.settings;
  if (error instanceof SyntaxError && call.response) {
    return responseError(call.response, undefined, { method, path }, { redactor, reason: 'the body is not valid JSON', cause: error });
  }
  if (error instanceof TypeError && call.response) return call.bodyError(error);
  // Out of memory or stack while reading what the server sent: still an answer with a status.
  if (error instanceof RangeError && call.response) {
    return responseError(call.response, undefined, { method, path }, { redactor, reason: 'the body could not be read', cause: error });
  }
  return error;
}

function wrap(base: Client<paths>, method: Method, settings: Settings, redactor: Redactor) {
  const send = base[method] as unknown as (path: string, init: Record<string, unknown>) => Promise<Result>;
  return async (path: string, init?: Init): Promise<Result> => {
    const { signal, timeout, maxRetries, validateRequest, fetch, ...rest } = init ?? {};
    const request = rest as { body?: unknown; params?: { path?: unknown; query?: unknown } };
    const issues = (validateRequest ?? settings.validateRequests) ? requestIssues(method, path, request) : [];
    // Whatever the validation setting: a value such as '..' would send the call (and the token) to another path.
    if (issues.length === 0) issues.push(...pathParamIssues(request.params));
    if (issues.length) throw new PalommaValidationError(issues, { method, path });
    const call = new Call({
      method,
      path,
      timeout: timeout === undefined ? settings.timeout : checkTimeout(timeout),
      maxRetries: maxRetries === undefined ? settings.maxRetries : checkMaxRetries(maxRetries),
      signal,
      fetch: fetch ?? settings.fetch,
      maxResponseBytes: settings.maxResponseBytes,
      redactor,
      streamsBody: rest.parseAs === 'stream',
    });
    let bodyHandedOver = false;
    try {
      const result = await send(path, { ...rest, fetch: call.send });
      // A streamed body is still arriving: its timer runs on until the stream ends (the transport stops it then).
      bodyHandedOver = result.data instanceof ReadableStream;
      if (settings.validateResponses !== 'off') await checkResponse(settings, call, result);
      return result;
    } catch (error) {
      throw nameError(error, call, redactor);
    } finally {
      if (!bodyHandedOver) call.finish();
    }
  };
}

/** openapi-fetch's client with every HTTP method wrapped; `use` and `eject` are openapi-fetch's own. */
export function wrapMethods(base: Client<paths>, settings: Settings, token: string): Client<paths> {
  const wrapped: Record<string, unknown> = { use: base.use, eject: base.eject };
  const redactor = createRedactor(token);
  for (const method of methodNames) wrapped[method] = wrap(base, method, settings, redactor);
  wrapped.request = (method: string, path: string, init?: Init) => {
    const upper = method.toUpperCase() as Method;
    return (wrapped[upper] as ReturnType<typeof wrap>)(path, init);
  };
  return wrapped as unknown as Client<paths>;
}
