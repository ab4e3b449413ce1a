// The clients the benchmark compares, each making the same POST /payoutTargets call through a given fetch.
import axios from 'axios';
import ky from 'ky';
import createClient from 'openapi-fetch';
import { importBundled } from './bundle.mjs';

const token = 'bench-token';

/**
 * name → async (body) => parsed response body, for a base URL and a fetch. `axiosFetch` makes axios use its
 * fetch adapter with that fetch (for the stub transport); otherwise axios keeps its default Node adapter.
 */
export async function benchClients({ baseUrl, fetch, axiosFetch = false }) {
  const { createPalommaClient } = await importBundled('src/client/index.ts');
  const url = `${baseUrl}/payoutTargets`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

  const bare = createClient({ baseUrl, fetch: (request) => fetch(request) });
  bare.use({ onRequest: ({ request }) => void request.headers.set('authorization', `Bearer ${token}`) });
  const ours = (options) => createPalommaClient({ token, baseUrl, fetch, ...options });
  const off = ours({ validateRequests: false, maxRetries: 0 });
  const requests = ours({});
  const both = ours({ validateResponses: 'throw' });
  const axiosClient = axios.create({ baseURL: baseUrl, headers, ...(axiosFetch ? { adapter: 'fetch', env: { fetch } } : {}) });
  const kyClient = ky.create({ prefixUrl: baseUrl, headers, fetch, retry: 0 });

  return {
    'raw fetch': async (body) => (await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })).json(),
    // What a raw call needs so a stalled server cannot hang it: the fair baseline for a client with timeouts.
    'raw fetch + timeout signal': async (body) =>
      (await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(60_000) })).json(),
    'openapi-fetch (bare)': async (body) => (await bare.POST('/payoutTargets', { body })).data,
    'palomma, validation off': (body) => off.payoutTargets.create(body),
    'palomma, requests validated': (body) => requests.payoutTargets.create(body),
    'palomma, requests + responses': (body) => both.payoutTargets.create(body),
    axios: async (body) => (await axiosClient.post('/payoutTargets', body)).data,
    ky: (body) => kyClient.post('payoutTargets', { json: body }).json(),
  };
}
