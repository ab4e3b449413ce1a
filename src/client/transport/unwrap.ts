// Turns openapi-fetch's { data, error, response } into { data, response }, or the named error for the response.
import type { WithResponse } from '../api-promise.js';
import { PalommaResponseValidationError } from '../errors.js';
import { createRedactor } from '../internal/redact.js';
import { responseError } from './response-error.js';
import { notAnObject } from '../validation/body-shape.js';

export type Unwrap = <T>(result: { data?: T; error?: unknown; response: Response }, method: string, path: string) => WithResponse<T>;

/** An unwrap bound to the client's token, so an error built from a reply that echoes it is redacted. */
export function createUnwrap(token: string): Unwrap {
  const redactor = createRedactor(token);
  return (result, method, path) => {
    const { response, data } = result;
    if (response.ok && data !== undefined) {
      const issues = notAnObject(data);
      if (issues.length) throw new PalommaResponseValidationError(issues, response.status, { method, path });
      return { data, response };
    }
    const reason = response.ok ? 'the response has no body' : undefined;
    throw responseError(response, result.error, { method, path }, { redactor, reason });
  };
}
