// Answers the Palomma API's operations from the route table: auth, validation, then create / retrieve / list.
import { propertiesOf, resolveRef, type SpecNode } from '../../spec/document.js';
import { SandboxError } from './errors.js';
import { decodeCursor, encodeCursor } from './ids.js';
import type { RequestBody } from './record.js';
import type { Route, RouteTable } from './routes.js';
import { singular, type State } from './state.js';
import { coerceQuery, requestProblems } from './validation.js';

/** An API request as the server or the in-process fetch hands it over. */
export interface ApiRequest {
  method: string;
  url: URL;
  authorization?: string | null | undefined;
  bodyText?: string | undefined;
}

/** The answer; `route` is the matched operation (for response checks), undefined when none matched. */
export interface ApiAnswer {
  status: number;
  body: unknown;
  route?: Route;
  headers?: Record<string, string>;
}

export interface ApiOptions {
  spec: SpecNode;
  routes: RouteTable;
  state: State;
  /** The one API key the sandbox accepts. */
  token: string;
  /** Check requests with the generated validators (off behind Prism, which checks them). */
  checkRequests?: boolean;
}

/** What a list operation's answer looks like: whether its cursor may be null on the last page, whether it has `count`. */
interface ListShape {
  nullCursor: boolean;
  hasCount: boolean;
}

const json = (status: number, body: unknown): ApiAnswer => ({ status, body });
const message = (status: number, text: string) => json(status, { message: text });

/** Whether the list schema lets `cursor` be null on the last page (else it is left out). */
function nullableCursor(spec: SpecNode, listSchema: SpecNode, nextCursor: string): boolean {
  const ok = resolveRef(spec, listSchema);
  const schema = resolveRef(spec, ok?.properties?.[nextCursor]);
  const types = [schema?.type].flat();
  return (
    types.includes('null') ||
    schema?.nullable === true ||
    ((schema?.anyOf ?? schema?.oneOf ?? []) as SpecNode[]).some((b) => resolveRef(spec, b)?.type === 'null')
  );
}

export function createApi({ spec, routes, state, token, checkRequests = true }: ApiOptions): (request: ApiRequest) => ApiAnswer {
  const expected = `Bearer ${token}`;

  function errorStatus(route: Route, error: SandboxError): number {
    if (error.kind === 'not-found' && route.statuses.has(404)) return 404;
    if (error.kind === 'conflict' && route.statuses.has(409)) return 409;
    return 400;
  }

  const lists = new Map<Route, ListShape>();
  for (const route of routes.routes) {
    if (!route.paging) continue;
    const ok = resolveRef(spec, spec.paths[route.template][route.method.toLowerCase()].responses['200']);
    const listSchema = resolveRef(spec, ok?.content?.['application/json']?.schema);
    lists.set(route, {
      nullCursor: nullableCursor(spec, listSchema, route.paging.nextCursor),
      hasCount: Boolean(resolveRef(spec, listSchema)?.properties?.count),
    });
  }

  function listPage(route: Route, params: Record<string, string>, query: Record<string, unknown>): ApiAnswer {
    const paging = route.paging!;
    const shape = lists.get(route)!;
    const max: number = route.limit?.maximum ?? 100;
    const limit = query.limit ?? route.limit?.default ?? 20;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > max) return message(400, `limit: must be a whole number from 1 to ${max}`);
    const where: Record<string, unknown> = { ...params };
    for (const filter of route.filters) if (query[filter.name] !== undefined) where[filter.name] = query[filter.name];
    // A cursor belongs to one list: this operation with these filters.
    const listKey = `${route.operationId}:${JSON.stringify(where)}`;
    const all = state.list(route.resource, where);
    let items = all;
    const cursor = query[paging.cursorParameter];
    if (cursor !== undefined) {
      const after = decodeCursor(listKey, String(cursor));
      if (after === undefined) return message(400, `${paging.cursorParameter}: is not a cursor this list gave out`);
      items = all.filter((record) => record.$seq < after);
    }
    const page = items.slice(0, limit);
    const last = page.at(-1);
    const body: Record<string, unknown> = { [paging.items]: page.map((record) => state.present(route.resource, record)) };
    if (items.length > limit && last) body[paging.nextCursor] = encodeCursor(listKey, last.$seq);
    else if (shape.nullCursor) body[paging.nextCursor] = null;
    if (shape.hasCount) body.count = page.length;
    return json(200, body);
  }

  // What a merchant may set on a new object: the fields its request schema names (any of its forms); the
  // rest (id, status, timestamps, derived fields) is the sandbox's to fill in.
  const settable = new Map<Route, Set<string>>();
  const writable = (route: Route, body: unknown): RequestBody | undefined => {
    let names = settable.get(route);
    if (!names) settable.set(route, (names = new Set(Object.keys(propertiesOf(spec, route.requestSchema)))));
    if (!body || typeof body !== 'object' || names.size === 0) return body as RequestBody | undefined;
    return Object.fromEntries(Object.entries(body).filter(([key]) => names.has(key)));
  };

  /** One API request → its answer. */
  return function handle({ method, url, authorization, bodyText }: ApiRequest): ApiAnswer {
    const found = routes.match(method, url.pathname);
    if (!found) return message(404, `no operation of the API has the path ${url.pathname}`);
    if (found.allowed) return message(405, `${url.pathname} answers ${found.allowed.join(', ')}, not ${method}`);
    const { route, params } = found;
    const answer = (result: ApiAnswer): ApiAnswer => ({ ...result, route });
    if (route.secured && authorization !== expected) return answer(message(401, 'Unauthorized'));
    if (!params) return answer(message(400, 'path: a parameter is not valid percent-encoding'));
    let body: unknown;
    if (route.hasBody) {
      try {
        body = JSON.parse(bodyText || 'null');
      } catch {
        return answer(message(400, 'body: is not valid JSON'));
      }
    }
    const query = coerceQuery(route.query, url.searchParams);
    const problems = checkRequests ? requestProblems(route, { params, query, body }) : undefined;
    if (problems) return answer(message(400, problems));
    try {
      switch (route.kind) {
        case 'create':
          return answer(json(200, state.present(route.resource, state.create(route.resource, writable(route, body), params))));
        case 'retrieve': {
          const id = params[route.idParam ?? ''] ?? '';
          const record = state.get(route.resource, id);
          const inScope = record && route.scope.every((name) => String(record[name]) === params[name]);
          if (!inScope) {
            return answer(message(route.statuses.has(404) ? 404 : 400, `${route.idParam}: no ${singular(route.resource)} has the id ${JSON.stringify(id)}`));
          }
          return answer(json(200, state.present(route.resource, record)));
        }
        case 'list':
          return answer(listPage(route, params, query));
        default:
          // Not an answer the API gives but the sandbox's own, so it is not checked against the operation's
          // responses: 501 says what is missing, where a 500 would read as a fault.
          return message(
            501,
            `the sandbox does not implement ${route.operationId} (${route.method} ${route.template}): it answers create, list and retrieve operations (palomma.${route.resource}.${route.kind}() is generated all the same)`,
          );
      }
    } catch (error) {
      if (error instanceof SandboxError) return answer(message(errorStatus(route, error), error.message));
      throw error;
    }
  };
}
