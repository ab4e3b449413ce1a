// createPalommaClient: the typed openapi-fetch client for the Palomma API, with resource methods on top.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { authMiddleware } from './auth.js';
import { checkBrowser, checkToken, resolveBaseUrl, type Environment } from './config.js';
import { wrapMethods } from './methods.js';
import { customers, type Customers } from './resources/customers.js';
import { payoutRequests, type PayoutRequests } from './resources/payout-requests.js';
import { payoutTargets, type PayoutTargets } from './resources/payout-targets.js';
import { createUnwrap } from './resources/unwrap.js';
import { LightRequest } from './light-request.js';
import { resolveSettings, type BehaviourOptions } from './settings.js';
import type { FetchLike } from './transport.js';
import { loadResponseValidators } from './validation/index.js';

export interface PalommaClientOptions extends BehaviourOptions {
  /** Your Palomma API key. Sent as `Authorization: Bearer <token>`; never logged or put in an error. */
  token: string;
  /** Which of the spec's servers to call. Defaults to `'sandbox'`, where no real money moves. */
  environment?: Environment;
  /** Overrides `environment`, e.g. a local Prism mock. Must be https: unless the host is loopback. */
  baseUrl?: string;
  /** The fetch to send requests with (defaults to the global one). */
  fetch?: FetchLike;
}

/** The typed openapi-fetch client (`client.POST('/payoutTargets', …)`) plus one object per API resource. */
export type PalommaClient = Client<paths> & {
  readonly customers: Customers;
  readonly payoutTargets: PayoutTargets;
  readonly payoutRequests: PayoutRequests;
};

export function createPalommaClient(options: PalommaClientOptions): PalommaClient {
  const token = checkToken(options?.token);
  checkBrowser(options);
  const baseUrl = resolveBaseUrl(options);
  const settings = resolveSettings(options);
  // Start loading the opt-in response validators now, so the first response need not wait for them.
  if (settings.validateResponses !== 'off') void loadResponseValidators();
  const base = createClient<paths>({ baseUrl, Request: LightRequest as unknown as typeof Request });
  base.use(authMiddleware(token));
  const client = wrapMethods(base, settings, token);
  const context = { client, unwrap: createUnwrap(token) };
  return Object.assign(client, {
    customers: customers(context),
    payoutTargets: payoutTargets(context),
    payoutRequests: payoutRequests(context),
  });
}
