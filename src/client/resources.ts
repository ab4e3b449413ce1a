// Builds `palomma.<resource>.<method>()` from the operation table generated out of the spec: one generic call per kind.
import { APIPromise, type WithResponse } from './api-promise.js';
import { PalommaConfigError } from './errors.js';
import type { ListOptions } from './call-options.js';
import { PageList, type PageFields } from './pagination.js';

/** How one method calls its operation (generated/resources.ts holds one per operation). */
export interface OperationDescriptor {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  path: string;
  /** The path parameters, in path order: the method's first arguments. */
  pathParameters: readonly string[];
  /** The method takes a request body after the path parameters. */
  body?: boolean;
  /** The method takes a query object (after the body, if any). */
  query?: boolean;
  /** A cursor-paged list: the query parameter the cursor goes in, and where the items and next cursor are. */
  paging?: PageFields & { cursorParameter: string };
}

export type OperationTable = Readonly<Record<string, Readonly<Record<string, OperationDescriptor>>>>;

/** Makes the call and resolves to its unwrapped answer (the body and the Response), or rejects with the named error. */
type Send = (method: string, path: string, init: Record<string, unknown>) => Promise<WithResponse<unknown>>;

interface Arguments {
  path: Record<string, unknown>;
  body: unknown;
  query: Record<string, unknown> | undefined;
  options: Record<string, unknown>;
}

// Positional arguments: path parameters, then the body, then the query, then the options.
function readArguments(operation: OperationDescriptor, args: unknown[]): Arguments {
  const names = operation.pathParameters;
  const path: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) path[names[i]!] = args[i];
  let next = names.length;
  const body = operation.body ? args[next++] : undefined;
  const query = operation.query ? (args[next++] as Record<string, unknown> | undefined) : undefined;
  const options = args[next] ?? {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    const where = `${operation.method} ${operation.path}`;
    throw new PalommaConfigError(`${where}: the options must be an object; got ${typeof options}`, { method: operation.method, path: operation.path });
  }
  return { path, body, query, options: options as Record<string, unknown> };
}

// The raw call's init: the options, then the operation's own params and body over any the options named.
// `params` and `body` come before the spread so that setting them adds no key to the copy: V8 adds a key to a
// spread copy slowly (about a microsecond on Node 20).
function init(operation: OperationDescriptor, args: Arguments, query = args.query): Record<string, unknown> {
  const raw: Record<string, unknown> = { params: undefined, body: undefined, ...args.options };
  if (operation.pathParameters.length || query) raw.params = query ? { path: args.path, query } : { path: args.path };
  if (operation.body) raw.body = args.body;
  return raw;
}

function callMethod(send: Send, operation: OperationDescriptor) {
  const { method, path } = operation;
  return (...rawArgs: unknown[]) => {
    let sent;
    try {
      sent = send(method, path, init(operation, readArguments(operation, rawArgs)));
    } catch (error) {
      // A bad argument rejects like any other failure of the call, never throws synchronously.
      sent = Promise.reject(error);
    }
    return new APIPromise(sent);
  };
}

function listMethod(send: Send, operation: OperationDescriptor & { paging: NonNullable<OperationDescriptor['paging']> }) {
  const { cursorParameter, items, nextCursor } = operation.paging;
  return (...rawArgs: unknown[]) => {
    const args = readArguments(operation, rawArgs);
    const { maxPages, ...options } = args.options as ListOptions & Record<string, unknown>;
    const query = args.query ?? {};
    const fetchPage = async (cursor: string | undefined): Promise<WithResponse<unknown>> => {
      const pageQuery = cursor === undefined ? query : { ...query, [cursorParameter]: cursor };
      return send(operation.method, operation.path, init(operation, { ...args, options }, pageQuery));
    };
    const start = query[cursorParameter];
    const request = { method: operation.method, path: operation.path };
    return new PageList(fetchPage, { items, nextCursor }, request, maxPages, typeof start === 'string' ? start : undefined);
  };
}

/** One frozen object per resource of `table`, each with one method per operation. */
export function createResources<Resources>(send: Send, table: OperationTable): Resources {
  const resources: Record<string, unknown> = {};
  for (const [resource, operations] of Object.entries(table)) {
    const methods: Record<string, unknown> = {};
    for (const [name, operation] of Object.entries(operations)) {
      methods[name] = operation.paging
        ? listMethod(send, operation as Parameters<typeof listMethod>[1])
        : callMethod(send, operation);
    }
    resources[resource] = Object.freeze(methods);
  }
  return resources as Resources;
}

