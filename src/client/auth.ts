// Adds the bearer token to every request; the token lives only in this closure, never on an object.
import type { Middleware } from 'openapi-fetch';

export function authMiddleware(token: string): Middleware {
  const authorization = `Bearer ${token}`;
  return {
    onRequest({ request }) {
      request.headers.set('Authorization', authorization);
    },
  };
}
