// Input that cannot be what it claims is refused with a named error, against a local server that misbehaves on
// purpose: path parameters that would change the path, error bodies nested absurdly deep, and 2xx bodies that
// cannot be the documented object.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPalommaClient,
  PalommaInvalidRequestError,
  PalommaResponseValidationError,
  PalommaServerError,
  PalommaValidationError,
} from '../../src/client/index.js';
import { maxBodyDepth } from '../../src/client/internal/redact.js';
import { canary, expectNoCanary, startHostileServer, type HostileServer } from '../helpers/hostile-server.js';
import { exampleCreateBody, examplePayoutTarget, spec } from '../helpers/spec.js';

const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

let server: HostileServer;
const bodies: Record<string, [number, string]> = {
  'deep-400': [400, `{"message":"bad","errors":[{"path":"x","message":${deepArray(5_000)}}],"detail":${deepObject(5_000)}}`],
  'deep-500': [500, deepArray(5_000)],
  null: [200, 'null'],
  number: [200, '42'],
  string: [200, '"hi"'],
  array: [200, JSON.stringify([examplePayoutTarget()])],
  'letters-page': [200, '{"items":"abc"}'],
  'object-page': [200, '{"items":{"0":"a"},"cursor":"next"}'],
  ok: [200, JSON.stringify(examplePayoutTarget())],
};
beforeAll(async () => {
  server = await startHostileServer(({ path }) => {
    const [status, body] = bodies[path.split('/')[1]!] ?? [404, '{}'];
    return { status, headers: [['content-type', 'application/json'], ['content-length', String(Buffer.byteLength(body))]], body };
  });
});
afterAll(() => server.close());

const client = (prefix: string, options = {}) => createPalommaClient({ token: canary, baseUrl: `${server.url}/${prefix}`, timeout: 3_000, ...options });
const failure = (promise: PromiseLike<unknown>) => Promise.resolve(promise).then(() => expect.unreachable('expected a failure'), (e: unknown) => e);

describe('a path parameter that would change the path is refused before sending', () => {
  it.each(['.', '..'])('retrieve(%j), with request validation on and off', async (id) => {
    const before = server.hits;
    for (const validateRequests of [true, false]) {
      const error = (await failure(client('ok', { validateRequests }).payoutTargets.retrieve(id))) as PalommaValidationError;
      expect(error).toBeInstanceOf(PalommaValidationError);
      expect(error.issues).toEqual([{ path: 'params.path.payoutTargetId', message: `must not be ${JSON.stringify(id)}: it would change the path called` }]);
      await expect(client('ok', { validateRequests }).payoutRequests.retrieve(id)).rejects.toBeInstanceOf(PalommaValidationError);
    }
    // The raw method is guarded the same way.
    const raw = client('ok', { validateRequests: false }).GET('/payoutTargets/{payoutTargetId}', { params: { path: { payoutTargetId: id } } });
    await expect(raw).rejects.toBeInstanceOf(PalommaValidationError);
    expect(server.hits).toBe(before);
  });

  it('an ordinary id, even one with dots in it, is sent', async () => {
    await expect(client('ok').payoutTargets.retrieve('pt.1..2')).resolves.toEqual(examplePayoutTarget());
  });
});

describe('an error body nested 5 000 levels deep', () => {
  it('still gives the right PalommaApiError subclass with its status, printable and serialisable', async () => {
    const invalid = (await failure(client('deep-400').payoutTargets.create(exampleCreateBody()))) as PalommaInvalidRequestError;
    expect(invalid).toBeInstanceOf(PalommaInvalidRequestError);
    expect(invalid).toMatchObject({ status: 400, method: 'POST', path: '/payoutTargets' });
    expect(invalid.issues).toEqual([{ path: 'x', message: 'is invalid' }]);
    expect(JSON.stringify(invalid)).toContain(`nested deeper than ${maxBodyDepth} levels`);

    const server500 = (await failure(client('deep-500').payoutTargets.create(exampleCreateBody()))) as PalommaServerError;
    expect(server500).toBeInstanceOf(PalommaServerError);
    expect(server500.status).toBe(500);
    for (const error of [invalid, server500]) {
      expect(() => JSON.stringify(error)).not.toThrow();
      expect(() => inspect(error, { depth: Infinity })).not.toThrow();
      expectNoCanary(error);
    }
  });
});

describe('a 2xx body that cannot be the documented object', () => {
  it.each(['null', 'number', 'string', 'array'])('%s: PalommaResponseValidationError, with response validation off', async (prefix) => {
    const error = (await failure(client(prefix).payoutTargets.create(exampleCreateBody()))) as PalommaResponseValidationError;
    expect(error).toBeInstanceOf(PalommaResponseValidationError);
    expect(error).toMatchObject({ status: 200, method: 'POST', path: '/payoutTargets' });
    expect(error.issues[0]).toEqual({ path: '', message: expect.stringMatching(/^must be an object; got (null|a number|a string|an array)$/) });
  });

  it('a page whose items is not a list is refused, not walked letter by letter', async () => {
    for (const prefix of ['letters-page', 'object-page']) {
      const error = (await failure(client(prefix).payoutRequests.list())) as PalommaResponseValidationError;
      expect(error).toBeInstanceOf(PalommaResponseValidationError);
      expect(error.issues[0]!.path).toBe('items');
      const walked: unknown[] = [];
      const iteration = (async () => {
        for await (const item of client(prefix).payoutRequests.list()) walked.push(item);
      })();
      await expect(iteration).rejects.toBeInstanceOf(PalommaResponseValidationError);
      expect(walked).toEqual([]);
    }
  });

  it('the rule holds for the spec: every documented 2xx JSON body is an object', () => {
    const schemas: Record<string, { $ref?: string; type?: string }> = spec.components.schemas;
    const resolve = (schema: { $ref?: string; type?: string }) => (schema.$ref ? schemas[schema.$ref.split('/').pop()!]! : schema);
    let checked = 0;
    for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema: object }> }> }>>)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          const schema = response.content?.['application/json']?.schema;
          if (!status.startsWith('2') || !schema) continue;
          expect(resolve(schema).type, `${method.toUpperCase()} ${path} ${status}`).toBe('object');
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
