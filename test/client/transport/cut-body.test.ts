// Issue 20, client: a 2xx body whose length nothing declared and that stops mid-JSON was cut off, not malformed:
// undici takes what arrived before a `Connection: close` socket ended as the whole body, even mid-chunk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPalommaClient, PalommaApiError, PalommaConnectionError } from '../../../src/client/index.js';
import { endsInsideJson } from '../../../src/client/transport/json-end.js';
import { canary, expectNoCanary, startHostileServer, type Answer, type HostileServer } from '../../helpers/hostile-server.js';

const json = ['content-type', 'application/json'] as [string, string];
const answers: Record<string, Answer> = {
  // One chunk announced as 0x40 bytes, 16 of them sent, then the server closes.
  'chunked-cut': { status: 200, headers: [json, ['transfer-encoding', 'chunked'], ['connection', 'close']], body: '40\r\n{"id":"abc","nam' },
  // No framing at all: the body is whatever came before the close.
  'unframed-cut': { status: 200, headers: [json, ['connection', 'close']], body: '{"id":"abc","items":[{"a":1}' },
  // Complete chunked bodies that are not JSON: still "not valid JSON".
  'chunked-html': { status: 200, headers: [json, ['transfer-encoding', 'chunked'], ['connection', 'close']], body: 'e\r\n<html>oops</a>\r\n0\r\n\r\n' },
  'chunked-closed-garbage': { status: 200, headers: [json, ['transfer-encoding', 'chunked'], ['connection', 'close']], body: 'c\r\n{"id": nope}\r\n0\r\n\r\n' },
  // Kept alive, a chunked body ends only at its last chunk: JSON that stops early there is the server's own.
  'chunked-kept-alive': { status: 200, headers: [json, ['transfer-encoding', 'chunked']], body: '9\r\n{"id":"ab\r\n0\r\n\r\n', ending: 'stall' },
};

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer(({ path }) => answers[path.split('/')[1]!] ?? { status: 404, headers: [json], body: '{}' });
});
afterAll(() => server.close());

const retrieve = (prefix: string) =>
  createPalommaClient({ token: canary, baseUrl: `${server.url}/${prefix}`, timeout: 3_000, maxRetries: 0 })
    .customers.retrieve('abc')
    .then(() => expect.unreachable('expected a failure'), (error: unknown) => error);

describe('a 2xx body cut short', () => {
  it.each(['chunked-cut', 'unframed-cut'])('%s: a PalommaConnectionError, not "the body is not valid JSON"', async (prefix) => {
    const error = await retrieve(prefix);
    expect(error).toBeInstanceOf(PalommaConnectionError);
    expect((error as Error).message).toBe('GET /customers/{customerId}: the connection closed before the whole response arrived');
    expectNoCanary(error);
  });

  it.each(['chunked-html', 'chunked-closed-garbage', 'chunked-kept-alive'])('%s: a complete body that is not JSON is still an API error saying so', async (prefix) => {
    const error = await retrieve(prefix);
    expect(error).toBeInstanceOf(PalommaApiError);
    expect(error).not.toBeInstanceOf(PalommaConnectionError);
    expect((error as Error).message).toContain('the body is not valid JSON');
  });
});

describe('endsInsideJson', () => {
  it.each([
    ['{"a":"b', true],
    ['[1,2', true],
    ['{"a":{"b":[', true],
    ['{"a":"\\"}', true],
    ['  {', true],
    ['{"a":1}', false],
    ['{"a":1} tail', false],
    ['{"a": nope}', false],
    ['<html>', false],
    ['', false],
    ['"str', false],
  ])('%j → %s', (text, expected) => expect(endsInsideJson(text)).toBe(expected));
});
