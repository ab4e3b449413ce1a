// Per-call headers, .withResponse(), toArray(), the options check, and the generator's error classes agreeing with the runtime.
import { describe, expect, it } from 'vitest';
import { createPalommaClient, PalommaConfigError, PalommaError, PalommaValidationError } from '../../src/client/index.js';
import { fakeFetch, json } from '../helpers/fake-fetch.js';
import { exampleCreateBody, examplePayoutTarget } from '../helpers/spec.js';

const token = 'sk_test_surface';
const baseUrl = 'http://127.0.0.1:9/v0';
const page = (ids: string[], cursor: string | null) => json(200, { items: ids.map((id) => ({ id })), count: ids.length, cursor });

describe('per-call headers', () => {
  it('are sent with that call only', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    const palomma = createPalommaClient({ token, baseUrl, fetch });
    await palomma.payoutTargets.create(exampleCreateBody(), { headers: { Prefer: 'code=200', 'X-Request-Id': 'r-1' } });
    await palomma.payoutTargets.retrieve('01HPR8S7YF43PV3QV16TZDC80P');
    expect(requests[0]!.headers.get('prefer')).toBe('code=200');
    expect(requests[0]!.headers.get('x-request-id')).toBe('r-1');
    expect(requests[0]!.headers.get('authorization')).toBe(`Bearer ${token}`);
    expect(requests[1]!.headers.get('prefer')).toBeNull();
  });

  it('may not set Authorization, in any case, and nothing is sent', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    const palomma = createPalommaClient({ token, baseUrl, fetch });
    for (const name of ['Authorization', 'authorization', 'AUTHORIZATION']) {
      const error = await palomma.payoutTargets
        .create(exampleCreateBody(), { headers: { [name]: 'Bearer someone-else' } as never })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PalommaConfigError);
      expect((error as Error).message).toContain(`headers.${name}: not allowed; the client sends Authorization from its token`);
      expect((error as Error).message).not.toContain('someone-else');
    }
    await expect(palomma.GET('/payoutRequests', { headers: { 'Bad Name': 'x' } })).rejects.toThrow(/headers\.Bad Name: must be a valid header name/);
    await expect(palomma.GET('/payoutRequests', { headers: { 'X-A': 'a\r\nX-Injected: 1' } })).rejects.toThrow(PalommaConfigError);
    expect(requests).toHaveLength(0);
  });
});

describe('options', () => {
  it('an unknown option is refused at run time too, naming it, before sending', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    const palomma = createPalommaClient({ token, baseUrl, fetch });
    const error = await palomma.payoutTargets.create(exampleCreateBody(), { timout: 5000 } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaConfigError);
    expect((error as Error).message).toMatch(/POST \/payoutTargets: unknown option "timout"; a call takes params, body, parseAs, signal, timeout/);
    await expect(palomma.payoutTargets.retrieve('x', 'fast' as never)).rejects.toThrow(/the options must be an object/);
    expect(requests).toHaveLength(0);
  });
});

describe('.withResponse()', () => {
  it('gives the data and the Response of the same single request', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget(), { 'x-request-id': 'abc' }));
    const palomma = createPalommaClient({ token, baseUrl, fetch });
    const call = palomma.payoutTargets.create(exampleCreateBody());
    const { data, response } = await call.withResponse();
    expect(data).toEqual(examplePayoutTarget());
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('abc');
    expect(await call).toEqual(data);
    expect(requests).toHaveLength(1);
  });

  it('rejects with the same named error as awaiting', async () => {
    const { fetch } = fakeFetch(json(404, { message: 'not found' }));
    const call = createPalommaClient({ token, baseUrl, fetch, maxRetries: 0 }).payoutTargets.retrieve('missing');
    const viaResponse = await call.withResponse().catch((e: unknown) => e);
    const viaAwait = await call.catch((e: unknown) => e);
    expect(viaResponse).toBe(viaAwait);
    expect((viaAwait as Error).name).toBe('PalommaNotFoundError');
  });

  it('is a real Promise whose then/catch/finally act on the data', async () => {
    const { fetch } = fakeFetch(json(200, examplePayoutTarget()));
    const call = createPalommaClient({ token, baseUrl, fetch }).payoutTargets.retrieve('x');
    expect(call).toBeInstanceOf(Promise);
    expect(await call.then((t) => t.id)).toBe(examplePayoutTarget().id);
    let settled = false;
    await call.finally(() => (settled = true));
    expect(settled).toBe(true);
  });

  it('on a list, gives the first page and its Response', async () => {
    const { fetch, requests } = fakeFetch(page(['a'], 'c1'), page(['b'], null));
    const { data, response } = await createPalommaClient({ token, baseUrl, fetch }).payoutRequests.list().withResponse();
    expect(data.items.map((i) => i.id)).toEqual(['a']);
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(1);
  });
});

describe('list().toArray()', () => {
  it('collects items across pages up to the limit, fetching no page it does not need', async () => {
    const { fetch, requests } = fakeFetch(page(['a', 'b'], 'c1'), page(['c', 'd'], 'c2'), page(['e'], null));
    const palomma = createPalommaClient({ token, baseUrl, fetch });
    expect((await palomma.payoutRequests.list().toArray({ limit: 3 })).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(requests).toHaveLength(2);
  });

  it('ends at a null cursor, and refuses a missing or bad limit', async () => {
    const { fetch } = fakeFetch(page(['a'], 'c1'), page(['b'], null));
    const palomma = createPalommaClient({ token, baseUrl, fetch });
    expect((await palomma.payoutRequests.list().toArray({ limit: 100 })).map((i) => i.id)).toEqual(['a', 'b']);
    await expect(palomma.payoutRequests.list().toArray({} as never)).rejects.toThrow(/limit: must be a whole number, 1 or more/);
    await expect(palomma.payoutRequests.list().toArray({ limit: 0 })).rejects.toBeInstanceOf(PalommaError);
  });

  it('validates the query before the first request', async () => {
    const { fetch, requests } = fakeFetch(page([], null));
    const error = await createPalommaClient({ token, baseUrl, fetch }).payoutRequests.list({ limit: 0 }).toArray({ limit: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaValidationError);
    expect(requests).toHaveLength(0);
  });
});
