// createPalommaClient: the typed raw methods on openapi-fetch, and one object per resource generated from the spec.
import createClient, { createQuerySerializer } from 'openapi-fetch';
import { operationTable, type Resources } from '../../generated/resources.js';
import type { paths } from '../../generated/schema.js';
import { authorizedRequestClass } from './auth.js';
import type { RawClient } from './call-options.js';
import { checkBrowser, checkToken, resolveBaseUrl, type Environment } from './config.js';
import { wrapMethods, type HttpMethodName } from './methods.js';
import { createResources } from './resources.js';
import { PalommaConfigError } from './errors.js';
import { behaviourOptionNames, resolveSettings, type BehaviourOptions } from './settings.js';
import type { FetchLike } from './transport/transport.js';
import { createUnwrap } from './transport/unwrap.js';
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

/**
 * The Palomma API client: one object per resource (`palomma.payoutTargets.create(body)`), generated from the
 * spec, and the raw typed methods (`palomma.POST('/payoutTargets', { body })`) with `use` for middleware.
 */
export type PalommaClient = RawClient<paths> & Resources;

/** The options `createPalommaClient` takes, checked at run time too, for callers without TypeScript. */
const clientOptionNames = new Set<string>(['token', 'environment', 'baseUrl', 'fetch', ...behaviourOptionNames]);

function checkOptionNames(options: object): void {
  for (const key of Object.keys(options)) {
    if (!clientOptionNames.has(key)) {
      throw new PalommaConfigError(`${key}: not an option of createPalommaClient; it takes ${[...clientOptionNames].join(', ')}`);
    }
  }
}

export function createPalommaClient(options: PalommaClientOptions): PalommaClient {
  if (options === null || options === undefined) checkToken(undefined); // the same clear error as a missing token
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new PalommaConfigError('createPalommaClient takes one options object, { token, … }');
  }
  checkOptionNames(options);
  const token = checkToken(options.token);
  checkBrowser(options);
  const baseUrl = resolveBaseUrl(options);
  const settings = resolveSettings(options, token);
  // Start loading the opt-in response validators now, so the first response need not wait for them.
  if (settings.validateResponses !== 'off') void loadResponseValidators();
  const base = createClient<paths>({
    baseUrl,
    Request: authorizedRequestClass(token) as unknown as typeof Request,
    // openapi-fetch's default query serializer, made once here instead of once per call.
    querySerializer: createQuerySerializer(),
  });
  const { raw, callers } = wrapMethods(base, settings, token);
  const unwrap = createUnwrap(token);
  // A resource method's call unwraps its result as its last step, rather than in a promise step after it.
  const send = (method: string, path: string, init: Record<string, unknown>) => callers[method as HttpMethodName](path, init, unwrap);
  const resources = createResources<Resources>(send, operationTable);
  return Object.assign(raw, resources) as unknown as PalommaClient;
}
