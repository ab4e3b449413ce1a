// The errors the client throws: one base class, and a named subclass for each thing a caller branches on.
import { escapeControl } from './internal/control-chars.js';
import { retryAfterMs } from './transport/retry-after.js';

export { retryAfterMs };

/** One problem found by validating a body against the spec: where (`bankAccount.bank`) and why. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** `path reason; path reason`, for an error message; `root` names the whole value when a path is empty. */
export function formatIssues(issues: readonly ValidationIssue[], root: string): string {
  return issues.map((i) => `${i.path || root} ${i.message}`).join('; ');
}

interface ErrorContext {
  method?: string;
  path?: string;
  cause?: unknown;
}

/**
 * Base class of every error this package throws. Carries the request's method and path, never its headers.
 * Control characters in the message are escaped (`\n`, `\u001b`), so text from a server cannot forge log lines.
 */
export class PalommaError extends Error {
  override name = 'PalommaError';
  readonly method: string | undefined;
  readonly path: string | undefined;

  constructor(message: string, context: ErrorContext = {}) {
    super(escapeControl(message), context.cause === undefined ? undefined : { cause: context.cause });
    this.method = context.method;
    this.path = context.path;
  }

  /** Name, message and every own field (status, body, issues, …); never the Response or the request's headers. */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

/** The client was constructed with options that cannot work (no token, a malformed base URL, …). */
export class PalommaConfigError extends PalommaError {
  override name = 'PalommaConfigError';
}

/** A request (its body or its parameters) broke the contract in openapi.yaml; it was not sent. */
export class PalommaValidationError extends PalommaError {
  override name = 'PalommaValidationError';
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], context: ErrorContext = {}) {
    const where = context.method && context.path ? `${context.method} ${context.path}: ` : '';
    super(`${where}request is invalid, not sent: ${formatIssues(issues, '(body)')}`, context);
    this.issues = issues;
  }
}

/**
 * A response broke the contract in openapi.yaml: thrown with `validateResponses: 'throw'`, and whatever that
 * setting for a 2xx body that cannot be the documented object at all (`null`, `42`, a page whose `items` is not a list).
 */
export class PalommaResponseValidationError extends PalommaError {
  override name = 'PalommaResponseValidationError';
  readonly issues: ValidationIssue[];
  readonly status: number;

  constructor(issues: ValidationIssue[], status: number, context: ErrorContext = {}) {
    super(`${context.method} ${context.path}: ${status} response breaks the spec: ${formatIssues(issues, '(body)')}`, context);
    this.issues = issues;
    this.status = status;
  }
}

/** The API answered with an error status (or a body that could not be read). */
export class PalommaApiError extends PalommaError {
  override name = 'PalommaApiError';
  readonly status: number;
  /** The parsed JSON body, or the raw text when the body is not JSON. */
  readonly body: unknown;
  declare readonly response: Response;

  constructor(message: string, status: number, body: unknown, response: Response, context: ErrorContext = {}) {
    super(message, context);
    this.status = status;
    this.body = body;
    // Kept off enumeration so logging the error does not dump the whole Response.
    Object.defineProperty(this, 'response', { value: response, enumerable: false });
  }
}

/** 401: the token is missing or not valid. */
export class PalommaAuthenticationError extends PalommaApiError {
  override name = 'PalommaAuthenticationError';
}

/** 400 or 422: the server rejected the request. `issues` holds the server's problem list when it sends one. */
export class PalommaInvalidRequestError extends PalommaApiError {
  override name = 'PalommaInvalidRequestError';
  readonly issues: ValidationIssue[];

  constructor(...args: ConstructorParameters<typeof PalommaApiError>) {
    super(...args);
    this.issues = serverIssues(this.body);
  }
}

/** 404: the object does not exist (or is not yours). */
export class PalommaNotFoundError extends PalommaApiError {
  override name = 'PalommaNotFoundError';
}

/** 429: too many requests. `retryAfter` is in seconds, when the server said. */
export class PalommaRateLimitError extends PalommaApiError {
  override name = 'PalommaRateLimitError';
  readonly retryAfter: number | undefined;

  constructor(...args: ConstructorParameters<typeof PalommaApiError>) {
    super(...args);
    const ms = retryAfterMs(this.response.headers.get('retry-after'));
    this.retryAfter = ms === undefined ? undefined : ms / 1000;
  }
}

/** 5xx: the server failed. */
export class PalommaServerError extends PalommaApiError {
  override name = 'PalommaServerError';
}

/**
 * 301, 302, 303, 307 or 308: the server answered with a redirect, which is never followed (the request carries the API key and
 * payment data; following it would send them again, possibly elsewhere). Nothing was sent a second time.
 * `targetOrigin` is where it pointed (scheme, host and port only); browsers hide both it and the status (0).
 */
export class PalommaRedirectError extends PalommaApiError {
  override name = 'PalommaRedirectError';
  readonly targetOrigin: string | undefined;

  constructor(status: number, targetOrigin: string | undefined, response: Response, context: ErrorContext = {}) {
    const where = targetOrigin ? `to ${targetOrigin}` : 'with no usable Location';
    super(`${context.method} ${context.path}: ${status || 'a'} redirect ${where} was not followed; redirects are never followed`, status, undefined, response, context);
    this.targetOrigin = targetOrigin;
  }
}

/** The response body was larger than `maxResponseBytes`; reading stopped at the cap and `body` is empty. */
export class PalommaResponseTooLargeError extends PalommaApiError {
  override name = 'PalommaResponseTooLargeError';
  readonly maxResponseBytes: number;

  constructor(maxResponseBytes: number, response: Response, context: ErrorContext = {}) {
    super(
      `${context.method} ${context.path}: the ${response.status} response is larger than maxResponseBytes (${maxResponseBytes} bytes); it was not read further`,
      response.status,
      undefined,
      response,
      context,
    );
    this.maxResponseBytes = maxResponseBytes;
  }
}

/** The request could not reach the server, or the connection broke before a whole response came back. */
export class PalommaConnectionError extends PalommaError {
  override name = 'PalommaConnectionError';
  /** The system's error code (`ECONNREFUSED`, `ECONNRESET`, …), when the runtime gives one. */
  readonly code: string | undefined;

  constructor(message: string, context: ErrorContext & { code?: string } = {}) {
    super(message, context);
    this.code = context.code;
  }
}

/** No complete response came within the timeout. */
export class PalommaTimeoutError extends PalommaError {
  override name = 'PalommaTimeoutError';
  readonly timeout: number;

  constructor(timeout: number, context: ErrorContext = {}) {
    super(`${context.method} ${context.path}: no response within ${timeout} ms`, context);
    this.timeout = timeout;
  }
}

// Palomma documents only `{ message }`; Prism and many gateways send `{ validation: [{ location, message }] }`
// or `{ errors: [...] }`. Read whichever list is there, else fall back to the message.
function serverIssues(body: unknown): ValidationIssue[] {
  if (!body || typeof body !== 'object') return [];
  const record = body as Record<string, unknown>;
  const list = Array.isArray(record.validation) ? record.validation : Array.isArray(record.errors) ? record.errors : [];
  const issues = list.flatMap((item): ValidationIssue[] => {
    if (!item || typeof item !== 'object') return [];
    const entry = item as Record<string, unknown>;
    const where = Array.isArray(entry.location) ? entry.location.filter(isText).join('.') : String([entry.path, entry.field].find(isText) ?? '');
    const message = isText(entry.message) ? String(entry.message) : 'is invalid';
    return [{ path: escapeControl(where.replace(/^body\.?/, '')), message: escapeControl(message) }];
  });
  if (issues.length === 0 && typeof record.message === 'string') return [{ path: '', message: escapeControl(record.message) }];
  return issues;
}

const isText = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number';
