// Answers the Palomma API's operations from the route table: auth, validation, then create / retrieve / list.
import { SandboxError } from './errors.js';
import { decodeCursor, encodeCursor } from './ids.js';
import { deref, propertiesOf } from './spec.js';
import { singular } from './state.js';
import { coerceQuery, requestProblems } from './validation.js';

const json = (status, body) => ({ status, body });
const message = (status, text) => json(status, { message: text });

/** Whether the list schema lets `cursor` be null on the last page (else it is left out). */
function nullableCursor(spec, route) {
  const ok = deref(spec, route.listSchema);
  const schema = deref(spec, ok?.properties?.[route.paging.nextCursor]);
  const types = [schema?.type].flat();
  return types.includes('null') || schema?.nullable === true || (schema?.anyOf ?? schema?.oneOf ?? []).some((b) => deref(spec, b)?.type === 'null');
}

/**
 * @param {object} options
 * @param {object} options.spec
 * @param {ReturnType<import('./routes.js').buildRoutes>} options.routes
 * @param {ReturnType<import('./state.js').createState>} options.state
 * @param {string} options.token the one API key the sandbox accepts
 * @param {boolean} [options.checkRequests] check requests with the generated validators (off behind Prism, which checks them)
 */
export function createApi({ spec, routes, state, token, checkRequests = true }) {
  const expected = `Bearer ${token}`;

  function errorStatus(route, error) {
    if (error.kind === 'not-found' && route.statuses.has(404)) return 404;
    if (error.kind === 'conflict' && route.statuses.has(409)) return 409;
    return 400;
  }

  function listPage(route, params, query) {
    const max = route.limit?.maximum ?? 100;
    const limit = query.limit ?? route.limit?.default ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > max) return message(400, `limit: must be a whole number from 1 to ${max}`);
    const where = { ...params };
    for (const filter of route.filters) if (query[filter.name] !== undefined) where[filter.name] = query[filter.name];
    // A cursor belongs to one list: this operation with these filters.
    const listKey = `${route.operationId}:${JSON.stringify(where)}`;
    const all = state.list(route.resource, where);
    let items = all;
    const cursor = query[route.paging.cursorParameter];
    if (cursor !== undefined) {
      const after = decodeCursor(listKey, cursor);
      if (after === undefined) return message(400, `${route.paging.cursorParameter}: is not a cursor this list gave out`);
      items = all.filter((record) => record.$seq < after);
    }
    const page = items.slice(0, limit);
    const more = items.length > limit;
    const body = { [route.paging.items]: page.map((record) => state.present(route.resource, record)) };
    if (more) body[route.paging.nextCursor] = encodeCursor(listKey, page.at(-1).$seq);
    else if (route.nullCursor) body[route.paging.nextCursor] = null;
    if (route.hasCount) body.count = page.length;
    return json(200, body);
  }

  // What a merchant may set on a new object: the fields its request schema names (any of its forms); the
  // rest (id, status, timestamps, derived fields) is the sandbox's to fill in.
  const settable = new Map();
  const writable = (route, body) => {
    if (!settable.has(route)) settable.set(route, new Set(Object.keys(propertiesOf(spec, route.requestSchema))));
    const names = settable.get(route);
    if (!body || typeof body !== 'object' || names.size === 0) return body;
    return Object.fromEntries(Object.entries(body).filter(([key]) => names.has(key)));
  };

  for (const route of routes.routes) {
    if (!route.paging) continue;
    const ok = deref(spec, spec.paths[route.template][route.method.toLowerCase()].responses['200']);
    route.listSchema = deref(spec, ok?.content?.['application/json']?.schema);
    route.nullCursor = nullableCursor(spec, route);
    route.hasCount = Boolean(deref(spec, route.listSchema)?.properties?.count);
  }

  /**
   * One API request: `{ method, url: URL, authorization, bodyText }` → `{ status, body, route }`.
   * `route` is the matched operation (for response checks), undefined when none matched.
   */
  return function handle({ method, url, authorization, bodyText }) {
    const found = routes.match(method, url.pathname);
    if (!found) return message(404, `no operation of the API has the path ${url.pathname}`);
    if (found.allowed) return message(405, `${url.pathname} answers ${found.allowed.join(', ')}, not ${method}`);
    const { route, params } = found;
    const answer = (result) => ({ ...result, route });
    if (route.secured && authorization !== expected) return answer(message(401, 'Unauthorized'));
    if (!params) return answer(message(400, 'path: a parameter is not valid percent-encoding'));
    let body;
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
          const record = state.get(route.resource, params[route.idParam]);
          const inScope = record && route.scope.every((name) => String(record[name]) === params[name]);
          if (!inScope) {
            return answer(message(route.statuses.has(404) ? 404 : 400, `${route.idParam}: no ${singular(route.resource)} has the id ${JSON.stringify(params[route.idParam])}`));
          }
          return answer(json(200, state.present(route.resource, record)));
        }
        case 'list':
          return answer(listPage(route, params, query));
        default:
          return answer(message(500, `the sandbox does not implement ${route.operationId}`));
      }
    } catch (error) {
      if (error instanceof SandboxError) return answer(message(errorStatus(route, error), error.message));
      throw error;
    }
  };
}
