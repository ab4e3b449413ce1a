// Turns openapi-fetch's { data, error, response } into { data, response }, or the named error for the response.
import type { WithResponse } from './api-promise.js';
import { redactToken } from './redact.js';
import { responseError } from './response-error.js';

export type Unwrap = <T>(result: { data?: T; error?: unknown; response: Response }, method: string, path: string) => WithResponse<T>;

/** An unwrap bound to the client's token, so an error built from a reply that echoes it is redacted. */
export function createUnwrap(token: string): Unwrap {
  return (result, method, path) => {
    if (result.response.ok && result.data !== undefined) return { data: result.data, response: result.response };
    const reason = result.response.ok ? 'the response has no body' : undefined;
    throw redactToken(responseError(result.response, result.error, { method, path }, reason), token);
  };
}
