// openapi-fetch's middleware keeps working on the client, whose requests are light stand-ins for Request.
import { describe, expect, it } from 'vitest';
import { createPalommaClient } from '../../src/client/index.js';
import { fakeFetch, json } from '../helpers/fake-fetch.js';
import { exampleCreateBody, examplePayoutTarget } from '../helpers/spec.js';

const token = 'sk_test_middleware';

describe('middleware', () => {
  it('sees method, URL, headers and a readable body in onRequest, and can add a header', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    const client = createPalommaClient({ token, fetch, baseUrl: 'http://127.0.0.1:9' });
    const seen: unknown[] = [];
    client.use({
      async onRequest({ request, schemaPath }) {
        seen.push(request.method, request.url, schemaPath, request.headers.get('authorization'), await request.clone().json());
        request.headers.set('X-Trace-Id', 'trace-1');
      },
    });
    await client.payoutTargets.create(exampleCreateBody());
    expect(seen).toEqual(['POST', 'http://127.0.0.1:9/payoutTargets', '/payoutTargets', `Bearer ${token}`, exampleCreateBody()]);
    expect(requests[0]!.headers.get('x-trace-id')).toBe('trace-1');
  });

  it('may replace the request with a real Request', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    const client = createPalommaClient({ token, fetch, baseUrl: 'http://127.0.0.1:9' });
    client.use({
      async onRequest({ request }) {
        const headers = new Headers(request.headers);
        headers.set('X-Replaced', 'yes');
        return new Request(`${request.url}?via=middleware`, { method: request.method, headers, body: await request.text() });
      },
    });
    await client.payoutTargets.create(exampleCreateBody());
    expect(requests[0]!.url).toBe('http://127.0.0.1:9/payoutTargets?via=middleware');
    expect(requests[0]!.headers.get('x-replaced')).toBe('yes');
    expect(JSON.parse(requests[0]!.body)).toEqual(exampleCreateBody());
  });

  it('may answer without the network from onRequest', async () => {
    const { fetch, requests } = fakeFetch(json(500, {}));
    const client = createPalommaClient({ token, fetch });
    client.use({ onRequest: () => json(200, examplePayoutTarget()) });
    await expect(client.payoutTargets.create(exampleCreateBody())).resolves.toEqual(examplePayoutTarget());
    expect(requests).toHaveLength(0);
  });

  it('sees, and may replace, the response in onResponse', async () => {
    const { fetch } = fakeFetch(json(503, { message: 'maintenance' }));
    const client = createPalommaClient({ token, fetch });
    const statuses: number[] = [];
    client.use({
      onResponse: ({ response }) => {
        statuses.push(response.status);
        return json(200, examplePayoutTarget());
      },
    });
    await expect(client.payoutTargets.create(exampleCreateBody())).resolves.toEqual(examplePayoutTarget());
    expect(statuses).toEqual([503]);
  });

  it('can be ejected', async () => {
    const { fetch, requests } = fakeFetch(json(200, examplePayoutTarget()));
    const client = createPalommaClient({ token, fetch });
    const tag = { onRequest: ({ request }: { request: Request }) => void request.headers.set('X-Tag', '1') };
    client.use(tag);
    client.eject(tag);
    await client.payoutTargets.create(exampleCreateBody());
    expect(requests[0]!.headers.has('x-tag')).toBe(false);
  });
});
