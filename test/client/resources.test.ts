// The resources beyond payoutTargets.create: paths, path parameters, and cursor paging.
import { describe, expect, it } from 'vitest';
import { createPalommaClient, PalommaError, PalommaValidationError, type PayoutRequest } from '../../src/client/index.js';
import { fakeFetch, json } from '../helpers/fake-fetch.js';
import { spec } from '../helpers/spec.js';

const token = 'sk_test_resources';
const baseUrl = 'https://sandbox.example.test/v0';
const example = (path: string, method: string, name?: string) => {
  const examples = spec.paths[path][method].responses['200'].content['application/json'].examples;
  return structuredClone((name ? examples[name] : Object.values<any>(examples)[0]).value);
};
const requestExample = (path: string) =>
  structuredClone(Object.values<any>(spec.paths[path].post.requestBody.content['application/json'].examples)[0].value);

const request = (id: string): PayoutRequest => ({ ...example('/payoutRequests/{payoutRequestId}', 'get'), id });
const page = (ids: string[], cursor?: string) => json(200, { items: ids.map(request), count: ids.length, ...(cursor ? { cursor } : {}) });

describe('customers, payout targets and payout requests', () => {
  it('customers.create POSTs /customers and returns the customer', async () => {
    const { fetch, requests } = fakeFetch(json(200, example('/customers', 'post')));
    const customer = await createPalommaClient({ token, baseUrl, fetch }).customers.create(requestExample('/customers'));
    expect(customer).toEqual(example('/customers', 'post'));
    expect(requests[0]).toMatchObject({ method: 'POST', url: `${baseUrl}/customers` });
  });

  it('payoutTargets.retrieve GETs the target by id, escaping the id', async () => {
    const { fetch, requests } = fakeFetch(json(200, example('/payoutTargets/{payoutTargetId}', 'get')));
    const client = createPalommaClient({ token, baseUrl, fetch });
    await client.payoutTargets.retrieve('01HPR8S7YF43PV3QV16TZDC80P');
    await client.payoutTargets.retrieve('a/b?c');
    expect(requests.map((r) => [r.method, r.url])).toEqual([
      ['GET', `${baseUrl}/payoutTargets/01HPR8S7YF43PV3QV16TZDC80P`],
      ['GET', `${baseUrl}/payoutTargets/a%2Fb%3Fc`],
    ]);
  });

  it('refuses an empty id before sending (it would address another endpoint)', async () => {
    const { fetch, requests } = fakeFetch(json(200, {}));
    const client = createPalommaClient({ token, baseUrl, fetch });
    const error = await client.payoutTargets.retrieve('').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaValidationError);
    expect((error as PalommaValidationError).issues).toEqual([{ path: 'params.path.payoutTargetId', message: 'must not be empty' }]);
    await expect(client.payoutRequests.retrieve('')).rejects.toBeInstanceOf(PalommaValidationError);
    expect(requests).toHaveLength(0);
  });

  it('payoutRequests.create checks the amount rule the spec states (greater than 1.000 COP)', async () => {
    const { fetch, requests } = fakeFetch(json(200, example('/payoutRequests', 'post')));
    const client = createPalommaClient({ token, baseUrl, fetch });
    const error = await client.payoutRequests
      .create({ ...requestExample('/payoutRequests'), amount: 1000 })
      .catch((e: unknown) => e);
    expect((error as PalommaValidationError).issues).toEqual([{ path: 'amount', message: 'must be greater than 1000' }]);
    await client.payoutRequests.create({ ...requestExample('/payoutRequests'), amount: 1000.01 });
    expect(requests).toHaveLength(1);
  });
});

describe('payoutRequests.list', () => {
  it('await gives the first page only', async () => {
    const { fetch, requests } = fakeFetch(page(['a', 'b'], 'c1'), page(['c']));
    const first = await createPalommaClient({ token, baseUrl, fetch }).payoutRequests.list({ limit: 2 });
    expect(first.items.map((r) => r.id)).toEqual(['a', 'b']);
    expect(first.cursor).toBe('c1');
    expect(requests.map((r) => r.url)).toEqual([`${baseUrl}/payoutRequests?limit=2`]);
  });

  it('for await walks every item across pages, passing each cursor back, until a page has none', async () => {
    const { fetch, requests } = fakeFetch(page(['a', 'b'], 'c1'), page(['c', 'd'], 'c2'), page(['e']));
    const ids: string[] = [];
    for await (const payout of createPalommaClient({ token, baseUrl, fetch }).payoutRequests.list({ limit: 2 })) ids.push(payout.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(requests.map((r) => new URL(r.url).search)).toEqual(['?limit=2', '?limit=2&cursor=c1', '?limit=2&cursor=c2']);
  });

  it('stops fetching when the caller breaks out', async () => {
    const { fetch, requests } = fakeFetch(page(['a', 'b'], 'c1'), page(['c'], 'c2'), page(['d']));
    for await (const payout of createPalommaClient({ token, baseUrl, fetch }).payoutRequests.list()) if (payout.id === 'b') break;
    expect(requests).toHaveLength(1);
  });

  it('is bounded: maxPages, and a cursor sent twice, end in a PalommaError instead of a loop', async () => {
    const endless = fakeFetch((r) => page(['x'], `next-${new URL(r.url).searchParams.get('cursor') ?? 0}x`));
    const bounded = createPalommaClient({ token, baseUrl, fetch: endless.fetch }).payoutRequests.list({}, { maxPages: 3 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const payout of bounded) seen.push(payout.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaError);
    expect((error as Error).message).toMatch(/more than 3 pages/);
    expect(endless.requests).toHaveLength(3);

    const stuck = fakeFetch(page(['a'], 'same'), page(['b'], 'same'));
    const loop = createPalommaClient({ token, baseUrl, fetch: stuck.fetch }).payoutRequests.list();
    await expect((async () => { for await (const _ of loop); })()).rejects.toThrow(/cursor "same" twice/);
    expect(stuck.requests).toHaveLength(2);
  });

  it('validates the query before sending', async () => {
    const { fetch, requests } = fakeFetch(page([]));
    const error = await createPalommaClient({ token, baseUrl, fetch })
      .payoutRequests.list({ limit: 0 })
      .then(() => undefined, (e: unknown) => e);
    expect((error as PalommaValidationError).issues).toEqual([{ path: 'params.query.limit', message: 'must be at least 1' }]);
    expect(requests).toHaveLength(0);
  });
});
