// The client against a real Prism mock of openapi.yaml: what it sends must pass Prism's request checks,
// and what comes back must match the spec's schemas.
import { describe, expect, inject, it } from 'vitest';
import {
  createPalommaClient,
  PalommaAuthenticationError,
  PalommaInvalidRequestError,
  PalommaValidationError,
  type CreatePayoutTargetBody,
  type FetchLike,
} from '../../src/client/index.js';
import { exampleCreateBody } from '../helpers/spec.js';
import { componentRef, schemaErrors } from '../helpers/schemas.js';

const prismUrl = inject('prismUrl');

/** A fetch that remembers Prism's `sl-violations` header for every exchange. */
function watchedFetch(transform: (request: Request) => Request = (r) => r) {
  const violations: (string | null)[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const response = await globalThis.fetch(transform(new Request(input, init)));
    violations.push(response.headers.get('sl-violations'));
    return response;
  };
  return { fetch, violations };
}

function clientFor(fetch: FetchLike, headers: Record<string, string> = {}) {
  const client = createPalommaClient({ token: 'contract-test-token', baseUrl: prismUrl, fetch });
  client.use({ onRequest: ({ request }) => Object.entries(headers).forEach(([k, v]) => request.headers.set(k, v)) });
  return client;
}

describe('POST /payoutTargets against Prism', () => {
  it('creates a payout target from the spec example; the reply is valid, with no violations', async () => {
    const { fetch, violations } = watchedFetch();
    const target = await clientFor(fetch).payoutTargets.create(exampleCreateBody());
    expect(schemaErrors(componentRef('PayoutTarget'), target)).toEqual([]);
    expect(target.id).toEqual(expect.any(String));
    expect(violations).toEqual([null]);
  });

  it('accepts a minimal body and an unlisted bank code; dynamic replies stay valid', async () => {
    const { fetch, violations } = watchedFetch();
    const client = clientFor(fetch, { Prefer: 'dynamic=true' });
    const bodies: CreatePayoutTargetBody[] = [
      { ...exampleCreateBody(), reference: undefined, description: undefined },
      { ...exampleCreateBody(), bankAccount: { bank: 'bancoNuevo', accountType: 'checking', accountNumber: '0012' } },
    ];
    for (let round = 0; round < 10; round++) {
      for (const body of bodies) {
        const target = await client.payoutTargets.create(JSON.parse(JSON.stringify(body)));
        expect(schemaErrors(componentRef('PayoutTarget'), target)).toEqual([]);
      }
    }
    expect(violations.every((v) => v === null)).toBe(true);
    expect(violations).toHaveLength(20);
  });

  it('answers 401 with the spec\'s error body when the Authorization header is missing', async () => {
    const raw = await fetch(`${prismUrl}/payoutTargets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(exampleCreateBody()),
    });
    expect(raw.status).toBe(401);
    expect(schemaErrors(componentRef('Error'), await raw.json())).toEqual([]);

    const stripAuth = (request: Request) => {
      const copy = new Request(request);
      copy.headers.delete('authorization');
      return copy;
    };
    const error = await clientFor(watchedFetch(stripAuth).fetch)
      .payoutTargets.create(exampleCreateBody())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaAuthenticationError);
    expect(error).toMatchObject({ status: 401, method: 'POST', path: '/payoutTargets' });
  });

  it('rejects a body that breaks the contract with the 400 validation error, naming the fields', async () => {
    const broken = { ...exampleCreateBody(), customerId: undefined, type: 'card' };
    const raw = await fetch(`${prismUrl}/payoutTargets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer contract-test-token' },
      body: JSON.stringify(broken),
    });
    expect(raw.status).toBe(400);
    expect(schemaErrors(componentRef('Error'), await raw.json())).toEqual([]);
    const violations = JSON.parse(raw.headers.get('sl-violations') ?? '[]') as { location: string[]; message: string }[];
    expect(violations.map((v) => v.message).join('\n')).toMatch(/customerId/);
    expect(violations.some((v) => v.location.join('.') === 'request.body.type')).toBe(true);
  });

  it('never sends that body when client-side validation is on (the default); both validators agree', async () => {
    const { fetch, violations } = watchedFetch();
    const broken = { ...exampleCreateBody(), bankAccount: { ...exampleCreateBody().bankAccount, accountType: 'current' } };
    const error = await clientFor(fetch)
      .payoutTargets.create(broken as unknown as CreatePayoutTargetBody)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaValidationError);
    expect((error as PalommaValidationError).issues).toEqual([
      { path: 'bankAccount.accountType', message: 'must be one of "savings", "checking"' },
    ]);
    expect(violations).toEqual([]);
  });

  it('surfaces the server\'s 400 as PalommaInvalidRequestError through create()', async () => {
    const { fetch } = watchedFetch();
    const client = clientFor(fetch);
    const broken = { ...exampleCreateBody(), bankAccount: { ...exampleCreateBody().bankAccount, accountType: 'current' } };
    const error = await client.payoutTargets
      .create(broken as unknown as CreatePayoutTargetBody, { validateRequest: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaInvalidRequestError);
    expect((error as PalommaInvalidRequestError).status).toBe(400);
  });
});
