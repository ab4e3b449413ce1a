// Whatever a server answers — any status, body, headers, cut short or stalled — a call
// ends within its timeout in a PalommaError subclass (or the documented object), never an unhandled rejection,
// and never with the token in any rendering of the error.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPalommaClient, PalommaError } from '../../src/client/index.js';
import { canary, expectNoCanary, startHostileServer, type Answer, type HostileServer } from '../helpers/hostile-server.js';
import { exampleCreateBody, examplePayoutTarget } from '../helpers/spec.js';

const seed = Number(process.env.PROPERTY_SEED ?? 20_261_125);
const timeout = 200;
const maxResponseBytes = 4_096;

interface Scenario {
  status: number;
  body: string;
  contentType: string | undefined;
  length: 'right' | 'short' | 'long' | 'none';
  extraHeaders: [string, string][];
  ending: 'end' | 'cut' | 'stall' | 'silent';
  call: 'create' | 'retrieve' | 'list';
}

const bearer = `Bearer ${canary}`;
const body = fc.oneof(
  fc.constant(JSON.stringify(examplePayoutTarget())),
  fc.constant(''),
  fc.constantFrom('null', '42', '"hi"', '[]', '{"items":"abc"}', '{"items":[1,2],"cursor":7}'),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(bearer, `{"message":"${bearer}"}`, `{"${bearer}":{"errors":[{"message":"${bearer}","path":["${bearer}"]}]}}`),
  fc.integer({ min: 1, max: 2_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1, max: 1_300 }).map((depth) => '{"message":'.repeat(depth) + `"${bearer}"` + '}'.repeat(depth)),
  fc.integer({ min: maxResponseBytes - 10, max: maxResponseBytes * 3 }).map((size) => `"${'x'.repeat(size)}"`),
  fc.json({ maxDepth: 4 }),
);
const headerValue = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(bearer, '0', '2, 2', '1e308', '0x1', 'Sun, 06 Nov 1994 08:49:37 GMT', `http://127.0.0.1:1/?${canary}`, 'gzip'));
const scenario: fc.Arbitrary<Scenario> = fc.record({
  status: fc.oneof(fc.constantFrom(200, 201, 204, 301, 307, 308, 400, 401, 404, 422, 429, 500, 502, 503), fc.integer({ min: 200, max: 599 })),
  body,
  contentType: fc.constantFrom('application/json', 'text/plain', 'text/html', undefined, 'application/json; charset=latin1'),
  length: fc.constantFrom('right', 'right', 'short', 'long', 'none'),
  extraHeaders: fc.array(fc.tuple(fc.constantFrom('retry-after', 'location', 'x-echo', 'content-encoding', 'www-authenticate'), headerValue), { maxLength: 3 }),
  ending: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('end' as const, 'cut' as const) }, { weight: 1, arbitrary: fc.constantFrom('stall' as const, 'silent' as const) }),
  call: fc.constantFrom('create' as const, 'retrieve' as const, 'list' as const),
});

// Each call's path carries its scenario's number, so concurrent and consecutive calls never mix answers up.
const scenarios = new Map<string, Scenario>();
let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer(({ path }) => {
    const chosen = scenarios.get(path.split('/')[1]!);
    if (!chosen) return { status: 404 };
    if (chosen.ending === 'silent') return { status: 200, ending: 'stall', headers: [], body: undefined } as Answer & { status: number };
    const bytes = Buffer.from(chosen.body);
    const declared = { right: bytes.length, short: Math.max(0, bytes.length - 3), long: bytes.length + 10, none: undefined }[chosen.length];
    const headers: [string, string][] = [...chosen.extraHeaders];
    if (chosen.contentType) headers.push(['content-type', chosen.contentType]);
    if (declared !== undefined) headers.push(['content-length', String(declared)]);
    return { status: chosen.status, headers: headers.map(([k, v]) => [k, v.replace(/[\r\n]/g, ' ')]), body: bytes, ending: chosen.ending };
  });
});
afterAll(() => server.close());

/**
 * One scenario's call and what it ended in: its value, its error, or 'did not end in time'. No clock decides that:
 * the call's own timer is armed just before its request goes out (to the `fetch` here), and a timer of the same
 * length armed right after it fires after it, however late a loaded machine runs both. By then the call must be
 * over but for the few turns of the event loop its abort takes; a call still running after those hangs.
 */
async function callEnding(chosen: Scenario, baseUrl: string): Promise<{ value: unknown } | { error: unknown } | 'did not end in time'> {
  let settled = false;
  let bound: ReturnType<typeof setTimeout> | undefined;
  let armed = () => {};
  const hung = new Promise<'did not end in time'>((resolve) => {
    armed = () => {
      clearTimeout(bound);
      bound = setTimeout(async () => {
        for (let turn = 0; turn < 20 && !settled; turn++) await new Promise((next) => setImmediate(next));
        resolve('did not end in time');
      }, timeout);
    };
  });
  const fetchAfterItsTimer: typeof fetch = (input, init) => {
    armed();
    return fetch(input, init);
  };
  const palomma = createPalommaClient({ token: canary, baseUrl, timeout, maxRetries: 0, maxResponseBytes, fetch: fetchAfterItsTimer });
  const call =
    chosen.call === 'create'
      ? palomma.payoutTargets.create(exampleCreateBody())
      : chosen.call === 'retrieve'
        ? palomma.payoutTargets.retrieve('pt_1')
        : palomma.payoutRequests.list().then((page) => page);
  const ended = call.then(
    (value: unknown) => ({ value }),
    (error: unknown) => ({ error }),
  );
  void ended.then(() => (settled = true));
  try {
    return await Promise.race([ended, hung]);
  } finally {
    clearTimeout(bound);
  }
}

// Scenarios run a few at a time (each on its own path), so the stalled ones wait out their timeouts together.
const together = 6;

it('every answer ends in a PalommaError or the object, within the timeout, without the token', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  let next = 0;
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(scenario, { minLength: together, maxLength: together }), async (batch) => {
        const outcomes = await Promise.all(
          batch.map(async (chosen) => {
            const id = `s${next++}`;
            scenarios.set(id, chosen);
            try {
              return await callEnding(chosen, `${server.url}/${id}`);
            } finally {
              scenarios.delete(id);
            }
          }),
        );
        for (const outcome of outcomes) {
          expect(outcome).not.toBe('did not end in time');
          if ('error' in (outcome as object)) {
            const { error } = outcome as { error: unknown };
            expect(error).toBeInstanceOf(PalommaError);
            expectNoCanary(error);
          } else {
            const { value } = outcome as { value: unknown };
            expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
          }
        }
      }),
      { seed, numRuns: 10, endOnFailure: true },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).toEqual([]);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});
