// Wraps openapi-fetch's methods: validate the body, send through the transport, check the reply, name the error.
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { callOptionNames, rawInitNames, type CallOptions } from './call-options.js';
import {
  PalommaConfigError,
  PalommaError,
  PalommaResponseValidationError,
  PalommaValidationError,
} from './errors.js';
import { createRedactor, type Redactor } from './internal/redact.js';
import { responseError } from './transport/response-error.js';
import { checkMaxRetries, checkTimeout, type Settings } from './settings.js';
import { Call } from './transport/transport.js';
import { requestIssues, responseIssues } from './validation/index.js';
import { pathParamIssues } from './validation/path-params.js';

const methodNames = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'] as const;
export type HttpMethodName = (typeof methodNames)[number];
type Method = HttpMethodName;
type Init = CallOptions & Record<string, unknown>;

// A raw call's init: the operation's params and body, and the call options; anything else is a mistake.
const initKeys = new Set<string>([...rawInitNames, ...callOptionNames]);

function checkInit(init: Init, method: string, path: string): void {
  if (typeof init !== 'object' || init === null || Array.isArray(init)) {
    throw new PalommaConfigError(`${method} ${path}: the options must be an object; got ${typeof init}`, { method, path });
  }
  for (const key of Object.keys(init)) {
    if (!initKeys.has(key)) {
      throw new PalommaConfigError(
        `${method} ${path}: unknown option ${JSON.stringify(key)}; a call takes ${[...initKeys].join(', ')}`,
        { method, path },
      );
    }
  }
  if (init.headers === undefined) return;
  if (!init.headers || typeof init.headers !== 'object' || Array.isArray(init.headers) || init.headers instanceof Headers) {
    throw new PalommaConfigError(`${method} ${path}: headers: must be a plain object of header names and string values`, { method, path });
  }
  for (const [name, value] of Object.entries(init.headers)) {
    if (name.toLowerCase() === 'authorization') {
      throw new PalommaConfigError(
        `${method} ${path}: headers.${name}: not allowed; the client sends Authorization from its token`,
        { method, path },
      );
    }
    if (typeof value !== 'string' || !/^[!#$%&'*+.^_\`|~\w-]+$/.test(name) || /[\r\n\0]/.test(value)) {
      throw new PalommaConfigError(
        `${method} ${path}: headers.${name}: must be a valid header name with a string value without line breaks`,
        { method, path },
      );
    }
  }
}
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
    if (call.cutShort()) return call.bodyError(error);
    return responseError(call.response, undefined, { method, path }, { redactor, reason: 'the body is not valid JSON', cause: error });
  }
  if (error instanceof TypeError && call.response) return call.bodyError(error);
  // Out of memory or stack while reading what the server sent: still an answer with a status.
  if (error instanceof RangeError && call.response) {
    return responseError(call.response, undefined, { method, path }, { redactor, reason: 'the body could not be read', cause: error });
  }
  return error;
}

/**
 * Turns openapi-fetch's result into what the caller gets, inside the call: a resource method's `unwrap`, so its
 * answer needs no further promise step.
 */
export type Finish<T> = (result: Result, method: string, path: string) => T;

/** One HTTP method's call: validate, send through the transport, check the reply, name the error, then `finish`. */
export type Caller = <T = Result>(path: string, init?: Init, finish?: Finish<T>) => Promise<T>;

function caller(base: Client<paths>, method: Method, settings: Settings, redactor: Redactor): Caller {
  const send = base[method] as unknown as (path: string, init: Record<string, unknown>) => Promise<Result>;
  return async <T = Result>(path: string, init: Init = {}, finish?: Finish<T>): Promise<T> => {
    checkInit(init, method, path);
    // Each key by name (checkInit let no other through), not `...rest`: V8 copies an object rest slowly.
    const { signal, timeout, maxRetries, validateRequest, fetch, headers, params, body, parseAs } = init;
    const request = { body, params } as { body?: unknown; params?: { path?: unknown; query?: unknown } };
    const issues = (validateRequest ?? settings.validateRequests) ? requestIssues(method, path, request) : [];
    // Whatever the validation setting: a value such as '..' would send the call (and the token) to another path.
    if (issues.length === 0 && request.params) issues.push(...pathParamIssues(request.params));
    if (issues.length) throw new PalommaValidationError(issues, { method, path });
    const call = new Call({
      method,
      path,
      timeout: timeout === undefined ? settings.timeout : checkTimeout(timeout),
      maxRetries: maxRetries === undefined ? settings.maxRetries : checkMaxRetries(maxRetries),
      signal,
      fetch: fetch ?? settings.fetch,
      log: settings.log,
      maxResponseBytes: settings.maxResponseBytes,
      redactor,
      streamsBody: parseAs === 'stream',
    });
    let bodyHandedOver = false;
    try {
      // `method` too, though openapi-fetch sets it itself: its `{ ...init, method }` is a cheap copy when the key is
      // there already, and a slow one (about a microsecond on Node 20) when it must be added.
      const result = await send(path, { method, params, body, parseAs, headers, fetch: call.send });
      // A streamed body is still arriving: its timer runs on until the stream ends (the transport stops it then).
      bodyHandedOver = result.data instanceof ReadableStream;
      if (settings.validateResponses !== 'off') await checkResponse(settings, call, result);
      return finish ? finish(result, method, path) : (result as T);
    } catch (error) {
      throw nameError(error, call, redactor);
    } finally {
      if (!bodyHandedOver) call.finish();
    }
  };
}

type RawMethod = (path: string, init?: Init) => Promise<Result>;
export type RawMethods = Record<Method, RawMethod> & Pick<Client<paths>, 'use' | 'eject'>;

/**
 * openapi-fetch's client with every HTTP method wrapped (`raw`; `use` and `eject` are openapi-fetch's own), and
 * the same calls taking a `finish` step (`callers`), for the resource methods.
 */
export function wrapMethods(base: Client<paths>, settings: Settings, token: string): { raw: RawMethods; callers: Record<Method, Caller> } {
  const raw: Record<string, unknown> = { use: base.use, eject: base.eject };
  const callers = {} as Record<Method, Caller>;
  const redactor = createRedactor(token);
  for (const method of methodNames) {
    const call = caller(base, method, settings, redactor);
    callers[method] = call;
    raw[method] = (path: string, init?: Init) => call(path, init);
  }
  return { raw: raw as RawMethods, callers };
}
