// The options one call takes, and the strictly typed raw methods (`palomma.POST(path, init)`) that take them.
import type { FetchResponse, Middleware, ParamsOption, ParseAs, RequestBodyOption } from 'openapi-fetch';
import type { PagingOptions } from './pagination.js';
import type { FetchLike } from './transport/transport.js';

/**
 * Extra request headers for one call, such as Prism's `Prefer: code=401`. `Authorization` is not allowed: the
 * client sets it from its `token`, and a call that tries to is refused.
 */
export type CallHeaders = Readonly<Record<string, string>> & { readonly Authorization?: never; readonly authorization?: never };

/** What every call accepts, on resource methods and raw methods alike. Unknown options do not compile. */
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
  /** Extra headers for this call only (never `Authorization`). */
  headers?: CallHeaders;
}

/** The options of a paged `list()`: those of any call, plus how many pages a walk may fetch. */
export interface ListOptions extends CallOptions, PagingOptions {}

/** The option names a call accepts, checked at run time too, for callers without TypeScript. */
export const callOptionNames = ['signal', 'timeout', 'maxRetries', 'validateRequest', 'fetch', 'headers'] as const;

/** What a raw call takes besides the call options: the operation's parameters, its body, and how to read the reply. */
export const rawInitNames = ['params', 'body', 'parseAs'] as const;

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** The paths of `Paths` that define `Method`. */
export type PathsWith<Paths, Method extends HttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [M in Method]: object } ? Path : never;
}[keyof Paths];

/**
 * The second argument of a raw method: the operation's `params` and `body`, the call options, and `parseAs`
 * (how to read the reply: JSON by default; with `'stream'` the timeout runs until the stream has been read).
 */
export type RawInit<Operation> = ParamsOption<Operation> & RequestBodyOption<Operation> & CallOptions & { parseAs?: ParseAs };
// Any key the init does not define becomes `never`, so a misspelt option (`timout`) fails to compile.
type Exact<Init, Shape> = Init & { [Key in Exclude<keyof Init, keyof Shape>]: never };
type InitArgument<Init, Shape> = RequiredKeys<Init> extends never ? [init?: Exact<Init, Shape>] : [init: Exact<Init, Shape>];

/** A raw method: `palomma.GET('/payoutTargets/{payoutTargetId}', { params: { path: { payoutTargetId } } })`. */
export type RawMethod<Paths, Method extends HttpMethod> = <
  Path extends PathsWith<Paths, Method>,
  Init extends RawInit<Paths[Path][Method & keyof Paths[Path]]>,
>(
  path: Path,
  ...init: InitArgument<Init, RawInit<Paths[Path][Method & keyof Paths[Path]]>>
) => Promise<FetchResponse<Paths[Path][Method & keyof Paths[Path]] & Record<string | number, any>, Init, `${string}/${string}`>>;

/**
 * openapi-fetch's client, typed strictly: each method takes the operation's `params` and `body` plus
 * {@link CallOptions}, nothing else; `use` and `eject` add and remove middleware.
 */
export interface RawClient<Paths> {
  /** Calls a GET operation by its path template. */
  GET: RawMethod<Paths, 'get'>;
  /** Calls a PUT operation by its path template. */
  PUT: RawMethod<Paths, 'put'>;
  /** Calls a POST operation by its path template. */
  POST: RawMethod<Paths, 'post'>;
  /** Calls a DELETE operation by its path template. */
  DELETE: RawMethod<Paths, 'delete'>;
  /** Calls a PATCH operation by its path template. */
  PATCH: RawMethod<Paths, 'patch'>;
  /** Adds middleware: plain objects with `onRequest`, `onResponse` and/or `onError` (openapi-fetch's own). */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
}
