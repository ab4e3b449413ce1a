// The one check every 2xx body gets, whatever `validateResponses` says: every JSON body the spec documents for a
// success is an object (test/client/malformed-input.test.ts holds the spec to that), so anything else — null, a
// number, a string, an array — cannot be the documented object and must not be returned as one.
import type { ValidationIssue } from '../errors.js';

const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);

/** [] for a JSON object; otherwise the one issue saying what came instead. */
export function notAnObject(body: unknown): ValidationIssue[] {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? [] : [{ path: '', message: `must be an object; got ${kind(body)}` }];
}

/** [] when the page's `field` is absent or a list; otherwise the issue (a cursor page's items are iterated). */
export function notAList(page: unknown, field = 'items'): ValidationIssue[] {
  const items = (page as Record<string, unknown> | null)?.[field];
  return items === undefined || Array.isArray(items) ? [] : [{ path: field, message: `must be an array; got ${kind(items)}` }];
}
