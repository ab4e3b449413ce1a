// The transport hands openapi-fetch a BufferedResponse when it has read a body itself (no declared length, or
// compressed): served from memory, it must act exactly as a Response holding the same bytes would.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPalommaClient } from '../../../src/client/index.js';
import { BufferedResponse } from '../../../src/client/transport/buffered-response.js';
import { startHostileServer, type HostileServer } from '../../helpers/hostile-server.js';

const bodies: Record<string, Uint8Array<ArrayBuffer>> = {
  json: new TextEncoder().encode('{"id":"pt_1","name":"Ana María"}'),
  'json after a BOM': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":1}')]),
  'not JSON': new TextEncoder().encode('<html>oops</html>'),
  'bad UTF-8': new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  empty: new Uint8Array(0),
};

type Step = (response: Response) => unknown;
const readStream = async (response: Response) => {
  const reader = response.body!.getReader();
  const parts: number[] = [];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) parts.push(...chunk.value);
  return parts;
};
// Everything a caller can do with a Response's body, each step's outcome made comparable.
const steps: Record<string, Step> = {
  text: (r) => r.text(),
  json: (r) => r.json(),
  arrayBuffer: async (r) => [...new Uint8Array(await r.arrayBuffer())],
  bytes: async (r) => [...(await r.bytes())],
  blob: async (r) => {
    const blob = await r.blob();
    return [blob.type, await blob.text()];
  },
  formData: (r) => r.formData().then(() => 'form'),
  'clone, then read the clone': (r) => r.clone().text(),
  'read body stream': readStream,
  bodyUsed: (r) => r.bodyUsed,
  'body is locked': (r) => r.body?.locked,
  status: (r) => [r.status, r.statusText, r.ok, r.headers.get('content-type')],
};

async function outcome(step: Step, response: Response): Promise<unknown> {
  try {
    return { value: await step(response) };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

async function run(response: Response, names: string[]): Promise<unknown[]> {
  const outcomes = [];
  for (const name of names) outcomes.push(await outcome(steps[name]!, response));
  return outcomes;
}

const init = { status: 201, statusText: 'Created', headers: { 'content-type': 'application/json; charset=utf-8' } };
// The response the bytes were read from: its status, headers and URL are what a BufferedResponse copies. (Nothing
// is stashed on it: a `bytes` property set there met a read-only `bytes` where another file had installed its own
// Response global in this worker.)
const from = () => {
  const original = new Response(null, init);
  Object.defineProperty(original, 'url', { value: 'https://api.example/v0/payoutTargets' });
  return original;
};

describe('BufferedResponse', () => {
  it('acts as a Response with the same bytes, for any sequence of reads, clones and looks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(bodies)), fc.array(fc.constantFrom(...Object.keys(steps)), { minLength: 1, maxLength: 4 }), async (body, names) => {
        const bytes = bodies[body]!;
        const reference = await run(new Response(bytes.slice(), init), names);
        const buffered = await run(new BufferedResponse(bytes.slice(), from()), names);
        expect(buffered).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the URL, status and headers of the response it was read from', () => {
    const response = new BufferedResponse(bodies.json!.slice(), from());
    expect(response).toBeInstanceOf(Response);
    expect([response.url, response.status, response.statusText, response.headers.get('content-type')]).toEqual([
      'https://api.example/v0/payoutTargets',
      201,
      'Created',
      'application/json; charset=utf-8',
    ]);
  });

  it('gives each read a copy: changing what arrayBuffer() returned does not change the body', async () => {
    const bytes = bodies.json!.slice();
    const response = new BufferedResponse(bytes, from());
    new Uint8Array(await response.arrayBuffer()).fill(0);
    expect(new TextDecoder().decode(bytes)).toBe('{"id":"pt_1","name":"Ana María"}');
  });
});

describe('a reply without a declared length, through the client', () => {
  let server: HostileServer;
  beforeAll(async () => {
    const body = '{"id":"pt_1","status":"active"}';
    server = await startHostileServer(() => ({
      status: 200,
      headers: [['content-type', 'application/json'], ['transfer-encoding', 'chunked']],
      body: `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`,
      ending: 'stall',
    }));
  });
  afterAll(() => server.close());

  it('is parsed, and its Response reads as one whose body was read: same URL, bodyUsed, a second read refused', async () => {
    const palomma = createPalommaClient({ token: 'sk_test_buffered', baseUrl: `${server.url}/v0`, maxRetries: 0, timeout: 3_000 });
    const { data, response } = await palomma.customers.retrieve('pt_1').withResponse();
    expect(data).toEqual({ id: 'pt_1', status: 'active' });
    expect(response.url).toBe(`${server.url}/v0/customers/pt_1`);
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect([response.bodyUsed, response.body?.locked]).toEqual([true, true]);
    await expect(response.text()).rejects.toThrow(new TypeError('Body is unusable: Body has already been read'));
    expect(() => response.clone()).toThrow(TypeError);
  });
});
