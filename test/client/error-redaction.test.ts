// Errors never carry the token and never let a server forge log lines: whatever a hostile server or a failing fetch
// hands back, no rendering of the error (cause chain included) shows the token, control characters are escaped,
// and a connection error still says where it was going.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPalommaClient,
  PalommaApiError,
  PalommaAuthenticationError,
  PalommaConnectionError,
  PalommaServerError,
  type FetchLike,
} from '../../src/client/index.js';
import { freePort } from '../helpers/free-port.js';
import { canary, expectNoCanary, startHostileServer, type Answer, type HostileServer } from '../helpers/hostile-server.js';
import { exampleCreateBody } from '../helpers/spec.js';

const json = (status: number, body: string, headers: [string, string][] = []): Answer => ({
  status,
  headers: [['content-type', 'application/json'], ['content-length', String(Buffer.byteLength(body))], ...headers],
  body,
});

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer(({ path, headers }) => {
    const authorization = /\r\nauthorization: ([^\r]*)/i.exec(headers)?.[1] ?? '';
    switch (path.split('/')[1]) {
      case 'echo-body': // the token as the whole body of a 200 that claims to be JSON: JSON.parse quotes it
        return json(200, authorization);
      case 'echo-start': // the token first, so V8's quoted slice of the text would begin with it
        return json(200, `${canary.slice(0, 12)}${authorization}`);
      case 'echo-nested':
        return json(401, JSON.stringify({ message: `denied ${authorization}`, [authorization]: { deeper: [authorization] } }));
      case 'echo-header':
        return json(500, '{"message":"no"}', [['x-debug-authorization', authorization]]);
      case 'echo-text':
        return { status: 502, headers: [['content-type', 'text/plain']], body: `upstream said: ${authorization}` };
      case 'log-injection':
        return json(500, JSON.stringify({ message: 'failed\r\n2026-01-01 INFO payout approved \u001b[32mOK\u001b[0m\u0000' }));
      case 'log-injection-text':
        return { status: 503, headers: [['content-type', 'text/plain']], body: 'down\nFAKE LINE\u001b]0;title\u0007' };
      default:
        return json(404, '{}');
    }
  });
});
afterAll(() => server.close());

const client = (prefix: string, fetch?: FetchLike) => createPalommaClient({ token: canary, baseUrl: `${server.url}/${prefix}`, timeout: 2_000, maxRetries: 0, fetch });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('expected a failure'), (e: unknown) => e);

describe('the token appears nowhere reachable from an error', () => {
  it('a 200 body that is the echoed header: not JSON, and the SyntaxError cause does not quote it', async () => {
    for (const prefix of ['echo-body', 'echo-start']) {
      const error = await failure(client(prefix).payoutTargets.create(exampleCreateBody()));
      expect(error).toBeInstanceOf(PalommaApiError);
      expect((error as Error).message).toContain('not valid JSON');
      expect((error as Error).cause).toBeInstanceOf(SyntaxError);
      expectNoCanary(error);
      // Not even the start of it: V8's quoted slice of the body is dropped from the cause.
      expect(String((error as Error & { cause: Error }).cause.message)).not.toContain(canary.slice(0, 12));
    }
  });

  it('a 401 body echoing it in a message, a key and a nested list; a 5xx echoing it in a header; a text body', async () => {
    const nested = await failure(client('echo-nested').payoutTargets.create(exampleCreateBody()));
    expect(nested).toBeInstanceOf(PalommaAuthenticationError);
    expect((nested as PalommaApiError).body).toEqual({ message: 'denied Bearer [redacted]', 'Bearer [redacted]': { deeper: ['Bearer [redacted]'] } });
    expectNoCanary(nested);

    const header = await failure(client('echo-header').payoutTargets.create(exampleCreateBody()));
    expect(header).toBeInstanceOf(PalommaServerError);
    expect((header as PalommaApiError).response.headers.get('x-debug-authorization')).toBe('Bearer [redacted]');
    expectNoCanary(header);

    const text = await failure(client('echo-text').payoutTargets.create(exampleCreateBody()));
    expect((text as PalommaApiError).body).toBe('upstream said: Bearer [redacted]');
    expectNoCanary(text);
  });

  it('a fetch that fails quoting the header, deep in its cause chain and in an AggregateError', async () => {
    const leaky: FetchLike = async (input, init) => {
      const header = new Headers(init?.headers ?? (input as Request).headers).get('authorization');
      const inner = Object.assign(new Error(`socket closed while sending ${header}`), { code: 'ECONNRESET', headers: { authorization: header } });
      const aggregate = new AggregateError([inner, new Error(`${header}`)], `all attempts failed for ${header}`);
      throw new TypeError(`request ${header} failed`, { cause: new Error('wrapped', { cause: aggregate }) });
    };
    const error = await failure(client('unused', leaky).payoutTargets.create(exampleCreateBody()));
    expect(error).toBeInstanceOf(PalommaConnectionError);
    expect(error).toMatchObject({ code: 'ECONNRESET' });
    // The chain is kept (sanitized copies), so the cause is still there to read.
    expect(((error as Error).cause as Error).message).toBe('request Bearer [redacted] failed');
    expectNoCanary(error);
  });

  it('a fetch that throws a string holding the token', async () => {
    const error = await failure(client('unused', async () => Promise.reject(`no route for Bearer ${canary}`)).payoutTargets.create(exampleCreateBody()));
    expect(error).toBeInstanceOf(PalommaConnectionError);
    expect((error as Error).cause).toBe('no route for Bearer [redacted]');
    expectNoCanary(error);
  });
});

describe('control characters from the server are escaped in messages', () => {
  it('CR, LF, ANSI escapes and NUL in a JSON message or a text body stay on one inert line', async () => {
    for (const prefix of ['log-injection', 'log-injection-text']) {
      const error = (await failure(client(prefix).payoutTargets.create(exampleCreateBody()))) as PalommaApiError;
      expect(error).toBeInstanceOf(PalommaServerError);
      expect(error.message).not.toMatch(/[\u0000-\u001f\u007f]/);
      expect(error.message).toMatch(/\\n/);
      expect(error.message).toMatch(/\\u001b/);
      // The body itself is the server's data, kept as it came (minus the token).
      expect(JSON.stringify(error.body)).toMatch(/\\u001b/);
    }
  });
});

describe('connection errors say where', () => {
  it('a refused connection names the host, the port and the system code, never the token', async () => {
    const port = await freePort();
    const refused = createPalommaClient({ token: canary, baseUrl: `http://127.0.0.1:${port}`, maxRetries: 0 });
    const error = (await failure(refused.payoutTargets.create(exampleCreateBody()))) as PalommaConnectionError;
    expect(error).toBeInstanceOf(PalommaConnectionError);
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.message).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(error.message).toMatch(/^POST \/payoutTargets: could not complete the request to 127\.0\.0\.1:\d+/);
    expectNoCanary(error);
  });
});
