// Keeps the API token out of everything an error carries: it is masked where an error is built, in its message,
// in the server's body and headers, and in sanitized copies of any foreign error kept as its `cause`.
import { escapeControl } from './control-chars.js';

const mask = '[redacted]';
/** Nesting kept in an error's `body`; deeper values are replaced, so printing or serialising it cannot overflow. */
export const maxBodyDepth = 32;
/** How deep a foreign `cause` chain is copied. */
const maxCauseDepth = 8;

const builtinErrors: Record<string, ErrorConstructor> = {
  Error,
  TypeError,
  SyntaxError,
  RangeError,
  ReferenceError,
  EvalError,
  URIError,
};
// Fields of Node's system errors that say where and why a connection failed; everything else is dropped.
const keptFields = ['code', 'errno', 'syscall', 'address', 'port', 'hostname'] as const;

export interface Redactor {
  /** `text` with the token (raw, JSON-escaped or URL-encoded) replaced by `[redacted]`. */
  text(text: string): string;
  /** A copy of a parsed body with the token masked in every string and key, cut off at {@link maxBodyDepth}. */
  body(body: unknown): unknown;
  /** A copy of a foreign error (or thrown value) and its cause chain that cannot carry the token. */
  cause(cause: unknown): unknown;
  /** The response, or a body-less stand-in whose headers are masked when a header echoes the token. */
  response(response: Response): Response;
}

export function createRedactor(token: string): Redactor {
  const forms = [...new Set([token, JSON.stringify(token).slice(1, -1), encodeURIComponent(token)])];
  const text = (value: string): string => {
    let out = value;
    for (const form of forms) if (out.includes(form)) out = out.split(form).join(mask);
    return out;
  };

  const body = (value: unknown, depth = 0): unknown => {
    if (typeof value === 'string') return text(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth >= maxBodyDepth) return `[nested deeper than ${maxBodyDepth} levels]`;
    if (Array.isArray(value)) return value.map((item) => body(item, depth + 1));
    // Each key is defined as an own data property, as JSON.parse does: a `__proto__` key assigned with `=` would
    // become the copy's prototype instead, and lend it fields (`validation`, `message`) the server never sent.
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(copy, text(key), { value: body(item, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return copy;
  };

  const cause = (value: unknown, depth = 0): unknown => {
    if (!(value instanceof Error)) {
      return value === null || (typeof value !== 'object' && typeof value !== 'function') ? clean(value) : '[non-error value]';
    }
    const name = typeof value.name === 'string' ? escapeControl(text(value.name)) : 'Error';
    const Class = Object.hasOwn(builtinErrors, name) ? builtinErrors[name]! : Error;
    const message = escapeControl(text(withoutJsonSnippet(value)));
    const copy = new Class(message);
    if (copy.name !== name) Object.defineProperty(copy, 'name', { value: name, writable: true, configurable: true });
    // Keep where it was thrown, under the cleaned message (the original first line may quote the token).
    const frames = typeof value.stack === 'string' ? value.stack.slice(value.stack.search(/\n\s+at /) >>> 0) : '';
    copy.stack = `${name}: ${message}${frames.startsWith('\n') ? text(frames) : ''}`;
    for (const field of keptFields) {
      const item = (value as unknown as Record<string, unknown>)[field];
      if (typeof item === 'string' || typeof item === 'number') (copy as unknown as Record<string, unknown>)[field] = clean(item);
    }
    if (value instanceof AggregateError && Array.isArray(value.errors) && depth < maxCauseDepth) {
      (copy as unknown as { errors: unknown[] }).errors = value.errors.slice(0, 10).map((e) => cause(e, depth + 1));
    }
    if (value.cause !== undefined && depth < maxCauseDepth) copy.cause = cause(value.cause, depth + 1);
    return copy;
  };
  const clean = (value: unknown) => (typeof value === 'string' ? escapeControl(text(value)) : value);

  const response = (value: Response): Response => {
    let echoed = false;
    value.headers.forEach((v) => (echoed ||= text(v) !== v));
    if (!echoed) return value;
    const headers = new Headers();
    value.headers.forEach((v, k) => headers.append(k, text(v)));
    const copy = new Response(null, { status: value.status >= 200 && value.status <= 599 ? value.status : 500, statusText: value.statusText, headers });
    Object.defineProperty(copy, 'url', { value: value.url });
    return copy;
  };

  return { text, body, cause, response };
}

// V8 quotes a slice of the text it could not parse (`Unexpected token 'b', "Bearer sk_"... is not valid JSON`):
// a slice of the body that may hold part of the token. Keep the reason, drop the quote.
function withoutJsonSnippet(error: Error): string {
  const message = String(error.message);
  return error instanceof SyntaxError ? message.replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, ' is not valid JSON') : message;
}
