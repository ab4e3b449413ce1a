// Answers the Palomma API's operations from the route table: the request judged (request-check.ts), the merchant
// the token names, its faults, then create / retrieve / list on that merchant's state.
import { propertiesOf, resolveRef, type SpecNode } from '../../spec/document.js';
import { SandboxError } from './errors.js';
import { decodeCursor, encodeCursor } from './ids.js';
import type { Faults } from './faults.js';
import type { RequestBody } from './record.js';
import { createRequestCheck, type ApiAnswer, type ApiRequest, type CheckedRequest, type RequestVerdict } from './request-check.js';
import type { Route, RouteTable } from './routes.js';
import { singular, type State } from './state.js';

export type { ApiAnswer, ApiRequest };

/** The API: a request → its answer; `check` is the judgement of the request alone, before anything is done. */
export type Api = ((request: ApiRequest) => ApiAnswer) & { check: (request: ApiRequest) => RequestVerdict };

/** What the API needs of a merchant. */
export interface ApiMerchant {
  state: State;
  faults: Faults;
}

/** The merchant an Authorization header names, or why there is none (undefined header: the base token's). */
export type MerchantFor<M> = (authorization: string | undefined) => { merchant: M; refused?: undefined } | { merchant?: undefined; refused: string };

export interface ApiOptions {
  spec: SpecNode;
  routes: RouteTable;
  merchantFor: MerchantFor<ApiMerchant>;
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

export function createApi({ spec, routes, merchantFor, checkRequests = true }: ApiOptions): Api {
  const check = createRequestCheck({ routes, refuseToken: (authorization) => merchantFor(authorization).refused, checkSchemas: checkRequests });
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

  function listPage(state: State, route: Route, params: Record<string, string>, query: Record<string, unknown>): ApiAnswer {
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

  const implemented = new Set(['create', 'list', 'retrieve']);
  // Not an answer the API gives but the sandbox's own, so it is not checked against the operation's responses:
  // 501 says what is missing, where a 500 would read as a fault.
  const unimplemented = (route: Route): ApiAnswer =>
    message(
      501,
      `the sandbox does not implement ${route.operationId} (${route.method} ${route.template}): it answers create, list and retrieve operations (palomma.${route.resource}.${route.kind}() is generated all the same)`,
    );

  /** One API request → its answer. */
  function handle(request: ApiRequest): ApiAnswer {
    // A request the API would refuse is refused first, here as at the API port's front (which never lets it
    // reach the sandbox): the operation, the token, the encoding, the JSON and the spec's rules.
    const verdict = check(request);
    if (verdict.refused) return verdict.refused;
    const { route } = verdict.accepted;
    const { merchant } = merchantFor(route.secured ? (request.authorization ?? '') : undefined);
    if (!merchant) return { status: 500, body: { message: 'the sandbox lost the merchant of this token' }, route };
    // A fault answers before anything is changed; a delay alone holds the normal answer.
    const fault = merchant.faults.take(route.operationId);
    if (fault?.error) return { ...fault.error, route, delayMs: fault.delayMs, fault: true };
    const result = operate(merchant.state, verdict.accepted);
    return fault ? { ...result, delayMs: fault.delayMs } : result;
  }

  function operate(state: State, { route, params, query, body }: CheckedRequest): ApiAnswer {
    const answer = (result: ApiAnswer): ApiAnswer => ({ ...result, route });
    // Nothing of an operation it does not implement is looked at, not even the ids in its path.
    if (!implemented.has(route.kind)) return unimplemented(route);
    // Under an object that does not exist there is nothing to list or retrieve: name the parent, not the child.
    for (const { param, resource } of route.parents) {
      if (!state.get(resource, params[param] ?? '')) {
        return answer(message(route.statuses.has(404) ? 404 : 400, `${param}: no ${singular(resource)} has the id ${JSON.stringify(params[param])}`));
      }
    }
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
        default: // 'list': a kind the sandbox does not implement was answered 501 above
          return answer(listPage(state, route, params, query));
      }
    } catch (error) {
      if (error instanceof SandboxError) return answer(message(errorStatus(route, error), error.message));
      throw error;
    }
  }
  return Object.assign(handle, { check });
}
