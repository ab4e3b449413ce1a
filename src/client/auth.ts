// Adds the bearer token to every request; the token lives only in these closures, never on an object.
import type { Middleware } from 'openapi-fetch';
import { LightRequest } from './transport/light-request.js';

const bearer = (token: string) => `Bearer ${token}`;

/** openapi-fetch middleware that sets `Authorization: Bearer <token>`, for a plain openapi-fetch client. */
export function authMiddleware(token: string): Middleware {
  const authorization = bearer(token);
  return {
    onRequest({ request }) {
      request.headers.set('Authorization', authorization);
    },
  };
}

/**
 * The request class the client gives openapi-fetch: a {@link LightRequest} that carries `Authorization` from the
 * moment it is built, so middleware sees it as before, and a call with no middleware of the caller's runs none
 * (openapi-fetch's middleware pass costs a request id, a frozen options object and an await per call).
 */
export function authorizedRequestClass(token: string): typeof LightRequest {
  const authorization = bearer(token);
  return class AuthorizedRequest extends LightRequest {
    constructor(input: string | URL, init?: RequestInit) {
      super(input, init);
      this.headers.set('Authorization', authorization);
    }
  };
}
