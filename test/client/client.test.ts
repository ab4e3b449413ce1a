import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createPalommaClient,
  PalommaApiError,
  PalommaAuthenticationError,
  PalommaConfigError,
  PalommaInvalidRequestError,
  PalommaServerError,
} from '../../src/client/index.js';
import { fakeFetch, json } from '../helpers/fake-fetch.js';
import { exampleCreateBody, examplePayoutTarget, serverUrl } from '../helpers/spec.js';

const token = 'sk_test_canary_7f3a9c';

describe('createPalommaClient: construction', () => {
  it.each([undefined, '', '   ', 42])('rejects a missing or empty token (%j) naming the field', (bad) => {
    expect(() => createPalommaClient({ token: bad as string })).toThrowError(PalommaConfigError);
    expect(() => createPalommaClient({ token: bad as string })).toThrowError(/^token: /);
  });

  it('rejects no options at all with the same clear error', () => {
    expect(() => (createPalommaClient as (o?: unknown) => unknown)()).toThrowError(/token: .*required/);
  });

  it.each([
    ['not a url', /is not an absolute URL/],
    ['http://api.example.com/v0', /must use https:/],
    ['ftp://127.0.0.1/v0', /must use https:/],
    ['http://127.example.com/v0', /must use https:/],
    ['https://user:pw@api.example.com', /must not carry credentials/],
    ['https://api.example.com/v0?x=1', /query string/],
  ])('rejects baseUrl %s', (baseUrl, reason) => {
    expect(() => createPalommaClient({ token, baseUrl })).toThrowError(reason);
  });

  it('rejects an environment the spec does not define', () => {
    expect(() => createPalommaClient({ token, environment: 'staging' as 'sandbox' })).toThrowError(
      /environment: must be one of production, sandbox/,
    );
  });
});

describe('createPalommaClient: requests', () => {
  it.each(['production', 'sandbox'] as const)('sends to the spec server for environment %s', async (environment) => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    await createPalommaClient({ token, environment, fetch }).payoutTargets.create(exampleCreateBody());
    expect(requests[0]!.url).toBe(`${serverUrl(environment)}/payoutTargets`);
  });

  it('defaults to the sandbox, where no real money moves', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    await createPalommaClient({ token, fetch }).payoutTargets.create(exampleCreateBody());
    expect(requests[0]!.url).toBe(`${serverUrl('sandbox')}/payoutTargets`);
  });

  it('lets baseUrl override the environment, loopback http included, trailing slash or not', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    const client = createPalommaClient({ token, environment: 'production', baseUrl: 'http://127.0.0.1:4010/', fetch });
    await client.payoutTargets.create(exampleCreateBody());
    expect(requests[0]!.url).toBe('http://127.0.0.1:4010/payoutTargets');
  });

  it('POSTs the body as JSON with the bearer token, once', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    const body = exampleCreateBody();
    await createPalommaClient({ token, fetch }).payoutTargets.create(body);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.method).toBe('POST');
    expect(request!.headers.get('authorization')).toBe(`Bearer ${token}`);
    expect(request!.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(request!.body)).toEqual(body);
  });

  it('returns the payout target from create()', async () => {
    const { fetch } = fakeFetch(json(200, examplePayoutTarget()));
    const target = await createPalommaClient({ token, fetch }).payoutTargets.create(exampleCreateBody());
    expect(target).toEqual(examplePayoutTarget());
  });

  it('keeps openapi-fetch\'s { data, error, response } on the raw POST', async () => {
    const { fetch } = fakeFetch(json(200, examplePayoutTarget()), json(401, { message: 'Unauthorized' }));
    const client = createPalommaClient({ token, fetch });
    const ok = await client.POST('/payoutTargets', { body: exampleCreateBody() });
    expect(ok.data).toEqual(examplePayoutTarget());
    expect(ok.error).toBeUndefined();
    expect(ok.response.status).toBe(200);
    const denied = await client.POST('/payoutTargets', { body: exampleCreateBody() });
    expect(denied.data).toBeUndefined();
    expect(denied.error).toEqual({ message: 'Unauthorized' });
  });
});

describe('payoutTargets.create: errors', () => {
  it.each([
    [401, { message: 'Unauthorized' }, PalommaAuthenticationError],
    [400, { message: 'customerId is required' }, PalommaInvalidRequestError],
    [422, { message: 'unprocessable' }, PalommaInvalidRequestError],
    [500, { message: 'Internal server error' }, PalommaServerError],
    [404, { message: 'Not found' }, PalommaApiError],
  ])('turns %i into %o with status, body, method and path', async (status, body, ErrorClass) => {
    const { fetch } = fakeFetch(json(status, body));
    const error = await createPalommaClient({ token, fetch })
      .payoutTargets.create(exampleCreateBody())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ status, body, method: 'POST', path: '/payoutTargets' });
    expect((error as Error).message).toContain(body.message);
  });

  it('keeps a non-JSON error body as raw text', async () => {
    const html = '<html><body>502 Bad Gateway</body></html>';
    const { fetch } = fakeFetch(new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }));
    const error = await createPalommaClient({ token, fetch })
      .payoutTargets.create(exampleCreateBody())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PalommaServerError);
    expect((error as PalommaServerError).body).toBe(html);
  });

  it('never shows the token in an error, its JSON or its inspection', async () => {
    const { fetch } = fakeFetch(json(401, { message: 'Unauthorized' }));
    const error = await createPalommaClient({ token, fetch })
      .payoutTargets.create(exampleCreateBody())
      .catch((e: unknown) => e);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) {
      expect(text).not.toContain(token);
    }
  });
});
