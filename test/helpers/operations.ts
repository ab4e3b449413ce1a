// Every operation of openapi.yaml with what a request to it carries, read from the spec: the JSON body's schema
// and the path and query parameters as one object schema each (as the client's validators see them).
import type { Schema, SchemaLike } from './arbitraries.js';

export type RequestPart = 'body' | 'path' | 'query';

export interface OperationRequest {
  operationId: string;
  method: string;
  /** The path template, such as `/customers/{customerId}`. */
  path: string;
  /** The parts a request to this operation has, each with its schema. */
  parts: Partial<Record<RequestPart, SchemaLike>>;
}

/** One request: the values of its parts. */
export type RequestValues = Partial<Record<RequestPart, unknown>>;

const methods = ['get', 'put', 'post', 'delete', 'patch'];

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Schema;
}

/** Every operation in the spec's `paths`, in the spec's order. */
export function operationRequests(spec: { paths: Record<string, Record<string, any>> }): OperationRequest[] {
  const out: OperationRequest[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const parts: OperationRequest['parts'] = {};
      const body = operation.requestBody?.content?.['application/json']?.schema;
      if (body) parts.body = body;
      const parameters: Parameter[] = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
      for (const location of ['path', 'query'] as const) {
        const here = parameters.filter((p) => p.in === location);
        if (here.length === 0) continue;
        parts[location] = {
          type: 'object',
          properties: Object.fromEntries(here.map((p) => [p.name, p.schema])),
          required: here.filter((p) => p.required).map((p) => p.name),
        };
      }
      out.push({ operationId: operation.operationId, method: method.toUpperCase(), path, parts });
    }
  }
  return out;
}

/** The URL path and query a request goes to, written the way a client writes them (each value as text). */
export function requestUrl(base: string, operation: OperationRequest, values: RequestValues): string {
  const pathValues = (values.path ?? {}) as Record<string, unknown>;
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(pathValues[name])));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries((values.query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined) query.append(name, String(value));
  }
  const search = query.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}

/** The options openapi-fetch takes for the request: `{ body, params: { path, query } }`. */
export function fetchOptions(values: RequestValues): { body?: unknown; params?: { path?: unknown; query?: unknown } } {
  const params = {
    ...(values.path === undefined ? {} : { path: values.path }),
    ...(values.query === undefined ? {} : { query: values.query }),
  };
  return { ...(values.body === undefined ? {} : { body: values.body }), ...(Object.keys(params).length ? { params } : {}) };
}
