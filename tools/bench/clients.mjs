// The calls the per-call benchmark compares, each making the same POST /payoutTargets call through a given fetch.
//
// Imported only by per-call-process.mjs, which runs under plain `node`: there `palomma-openapi` resolves as it does
// in a user's project, through package.json's exports to the built dist/. (Under tsx, tsconfig's `paths` would make
// that name the TypeScript source, which is not what a user runs.)
import axios from 'axios';
import ky from 'ky';
import createClient from 'openapi-fetch';
import { createPalommaClient } from 'palomma-openapi';

const token = 'bench-token';
/** The client's default per-attempt timeout; the raw baseline's signal gets the same. */
export const timeoutMs = 60_000;

/**
 * The baseline: the raw call a careful user writes by hand, with a timeout so a stalled server cannot hang it.
 * Exactly this and nothing more: the body stringified, one `AbortSignal.timeout`, the reply parsed.
 */
export function rawCall({ baseUrl, fetch }) {
  const url = `${baseUrl}/payoutTargets`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return async (body) =>
    (await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) })).json();
}

/**
 * The resource method with the client's default options: requests validated, a 60 s timeout per attempt, 2 retries.
 * `fetch` undefined leaves the client on the global fetch, as a user's client is.
 */
export function palommaCall({ baseUrl, fetch }) {
  const palomma = createPalommaClient({ token, baseUrl, ...(fetch ? { fetch } : {}) });
  return (body) => palomma.payoutTargets.create(body);
}

/**
 * name → async (body) => parsed response body, for a base URL and a fetch: the palomma variants and other clients.
 * `axiosFetch` makes axios use its fetch adapter with that fetch (for the stub transport); otherwise axios keeps its
 * default Node adapter.
 */
export function benchClients({ baseUrl, fetch, axiosFetch = false }) {
  const url = `${baseUrl}/payoutTargets`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

  const bare = createClient({ baseUrl, fetch: (request) => fetch(request) });
  bare.use({ onRequest: ({ request }) => void request.headers.set('authorization', `Bearer ${token}`) });
  const ours = (options) => createPalommaClient({ token, baseUrl, fetch, ...options });
  const off = ours({ validateRequests: false, maxRetries: 0 });
  const both = ours({ validateResponses: 'throw' });
  const axiosClient = axios.create({ baseURL: baseUrl, headers, ...(axiosFetch ? { adapter: 'fetch', env: { fetch } } : {}) });
  const kyClient = ky.create({ prefixUrl: baseUrl, headers, fetch, retry: 0 });

  return {
    'raw fetch': async (body) => (await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })).json(),
    'raw fetch + timeout signal': rawCall({ baseUrl, fetch }),
    'openapi-fetch (bare)': async (body) => (await bare.POST('/payoutTargets', { body })).data,
    'palomma, validation off': (body) => off.payoutTargets.create(body),
    'palomma, requests validated': palommaCall({ baseUrl, fetch }),
    'palomma, requests + responses': (body) => both.payoutTargets.create(body),
    axios: async (body) => (await axiosClient.post('/payoutTargets', body)).data,
    ky: (body) => kyClient.post('payoutTargets', { json: body }).json(),
  };
}
