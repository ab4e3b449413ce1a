// Turns openapi-fetch's { data, error, response } into the data, or the named error for the response.
import { responseError } from '../response-error.js';

export function unwrap<T>(
  result: { data?: T; error?: unknown; response: Response },
  method: string,
  path: string,
): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  const reason = result.response.ok ? 'the response has no body' : undefined;
  throw responseError(result.response, result.error, { method, path }, reason);
}
