// Issue 20, client: an error body is copied key by key as JSON.parse made it; a `__proto__` key stays an own key
// and lends the copy nothing (no prototype, no `validation` list feeding `issues`).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPalommaClient, PalommaInvalidRequestError } from '../../../src/client/index.js';
import { canary, startHostileServer, type HostileServer } from '../../helpers/hostile-server.js';

// Written out by hand: an object literal's `__proto__` would set a prototype instead of making the key.
const body =
  '{"message":"bad reference",' +
  '"__proto__":{"validation":[{"location":["body","amount"],"message":"polluted"}],"polluted":1},' +
  '"detail":{"__proto__":{"injected":true}}}';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer(() => ({
    status: 400,
    headers: [['content-type', 'application/json'], ['content-length', String(Buffer.byteLength(body))]],
    body,
  }));
});
afterAll(() => server.close());

it('a __proto__ key in an error body is an own key of error.body, not its prototype, and does not feed issues', async () => {
  const error = await createPalommaClient({ token: canary, baseUrl: server.url, maxRetries: 0 })
    .customers.retrieve('abc')
    .then(() => expect.unreachable('expected a failure'), (e: unknown) => e as PalommaInvalidRequestError);
  expect(error).toBeInstanceOf(PalommaInvalidRequestError);
  const copy = error.body as Record<string, any>;
  expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  expect(Object.hasOwn(copy, '__proto__')).toBe(true);
  expect(copy.polluted).toBeUndefined();
  expect(copy.validation).toBeUndefined();
  expect(Object.getPrototypeOf(copy.detail)).toBe(Object.prototype);
  expect(copy.detail.injected).toBeUndefined();
  expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ validation: [{ location: ['body', 'amount'], message: 'polluted' }], polluted: 1 });
  // The server's own message is the one issue; the list hidden under __proto__ is not read.
  expect(error.issues).toEqual([{ path: '', message: 'bad reference' }]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
