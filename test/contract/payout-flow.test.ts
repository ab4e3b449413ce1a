// The whole payout flow against the Prism mock, as a merchant runs it: customer → payout target → retrieve →
// payout request → list every payout request across pages. Every reply must match the spec.
import { describe, expect, inject, it } from 'vitest';
import { createPalommaClient, type FetchLike } from '../../src/index.js';
import { spec } from '../helpers/spec.js';

const requestExample = (path: string) =>
  structuredClone(Object.values<any>(spec.paths[path].post.requestBody.content['application/json'].examples)[0].value);

describe('payout flow against Prism', () => {
  it('runs end to end with response validation on and no contract violation', async () => {
    const violations: (string | null)[] = [];
    const watched: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      violations.push(response.headers.get('sl-violations'));
      return response;
    };
    const palomma = createPalommaClient({
      token: 'flow-token',
      baseUrl: inject('prismUrl'),
      fetch: watched,
      validateResponses: 'throw',
    });
    // Prism answers every list call with its first example (a page with a cursor); ask for the last page once
    // a cursor is sent, so paging ends as it would against the API.
    palomma.use({
      onRequest({ request }) {
        if (new URL(request.url).searchParams.has('cursor')) request.headers.set('Prefer', 'example=lastPage');
      },
    });

    const started = performance.now();
    const customer = await palomma.customers.create(requestExample('/customers'));
    const target = await palomma.payoutTargets.create({ ...requestExample('/payoutTargets'), customerId: customer.id! });
    const current = await palomma.payoutTargets.retrieve(target.id!);
    expect(current.status).toBe('active');
    const payout = await palomma.payoutRequests.create({ payoutTargetId: current.id!, amount: 250_000, reference: 'flow-test' });
    expect(payout.status).toEqual(expect.any(String));
    const retrieved = await palomma.payoutRequests.retrieve(payout.id!);
    expect(retrieved.id).toBe(payout.id);

    const listing = palomma.payoutRequests.list({ limit: 2 });
    const firstPage = await listing;
    const pages: number[] = [];
    for await (const page of listing.pages()) pages.push(page.items?.length ?? 0);
    const all: string[] = [];
    for await (const item of palomma.payoutRequests.list({ limit: 2 })) all.push(item.id!);
    const elapsed = performance.now() - started;

    expect(firstPage.cursor).toEqual(expect.any(String));
    expect(pages.length).toBe(2);
    expect(all.length).toBe(pages.reduce((a, b) => a + b, 0));
    expect(violations.every((v) => v === null)).toBe(true);
    // 5 single calls; the first listing fetches 2 pages (await and pages() share the first); the second, 2.
    expect(violations.length).toBe(5 + 2 + 2);
    console.log(`payout flow against Prism: ${violations.length} calls in ${elapsed.toFixed(0)} ms`);
  });
});
