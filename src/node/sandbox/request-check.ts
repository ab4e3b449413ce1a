// What a request must be before the sandbox acts on it, as Palomma answers it: the operation, the token, the path's
// encoding, JSON, and the spec's rules for path, query and body (the generated validators, in the client's words).
// The in-process API and the API port's front both judge requests here, so both refuse alike: `{ message }`.
import type { Route, RouteTable } from './routes.js';
import { coerceQuery, requestProblems } from './validation.js';

/** An API request as the server or the in-process fetch hands it over. */
export interface ApiRequest {
  method: string;
  url: URL;
  authorization?: string | null | undefined;
  bodyText?: string | undefined;
}

/**
 * The answer; `route` is the matched operation (for response checks), undefined when none matched; `delayMs` how
 * long to hold it; `fault` set when a fault asked for answered it (outside the spec on purpose).
 */
export interface ApiAnswer {
  status: number;
  body: unknown;
  route?: Route;
  headers?: Record<string, string>;
  delayMs?: number;
  fault?: boolean;
}

/** A request the sandbox may act on: its operation, decoded path parameters, typed query and parsed body. */
export interface CheckedRequest {
  route: Route;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

export interface RequestCheckOptions {
  routes: RouteTable;
  /**
   * Why an `Authorization` header does not let the caller in (the 401's message), or undefined when it does.
   * Undefined stands for an operation that needs no token.
   */
  refuseToken: (authorization: string | undefined) => string | undefined;
  /** Check path, query and body with the generated validators (off when they were compiled from another spec). */
  checkSchemas: boolean;
}

export type RequestVerdict = { refused: ApiAnswer; accepted?: undefined } | { accepted: CheckedRequest; refused?: undefined };

const message = (status: number, text: string, route?: Route): ApiAnswer => ({ status, body: { message: text }, ...(route ? { route } : {}) });

/** Judges requests in Palomma's order: the operation, then the token, then what the request carries. */
export function createRequestCheck({ routes, refuseToken, checkSchemas }: RequestCheckOptions): (request: ApiRequest) => RequestVerdict {
  return function check({ method, url, authorization, bodyText }) {
    const found = routes.match(method, url.pathname);
    if (!found) return { refused: message(404, `no operation of the API has the path ${url.pathname}`) };
    if (found.allowed) return { refused: message(405, `${url.pathname} answers ${found.allowed.join(', ')}, not ${method}`) };
    const { route, params } = found;
    // Every operation of Palomma's spec is secured; one that is not would act for the base token's merchant.
    const tokenRefused = refuseToken(route.secured ? (authorization ?? '') : undefined);
    if (tokenRefused !== undefined) return { refused: message(401, tokenRefused, route) };
    if (!params) return { refused: message(400, `${found.badParam ?? 'path'}: is not valid percent-encoding`, route) };
    let body: unknown;
    if (route.hasBody) {
      try {
        body = JSON.parse(bodyText || 'null');
      } catch {
        return { refused: message(400, 'body: is not valid JSON', route) };
      }
    }
    const query = coerceQuery(route.query, url.searchParams);
    const problems = checkSchemas ? requestProblems(route, { params, query, body }) : undefined;
    if (problems) return { refused: message(400, problems, route) };
    return { accepted: { route, params, query, body } };
  };
}
