// One sandbox: a merchant per token (objects, clock, webhooks, faults), the API and the control API wired to them,
// and the state file when asked for, answering fetch-style Requests in process.
import type { SpecNode } from '../../spec/document.js';
import { createApi, type ApiAnswer } from './api.js';
import { createControl, type ControlAnswer, type ControlRequest } from './control.js';
import { createMerchant, type Merchant } from './merchant.js';
import { createMerchants, merchantLabel, merchantName } from './merchants.js';
import { openStateFile, type Persistence } from './persistence.js';
import { buildRoutes, type Route, type RouteTable } from './routes.js';
import { loadSpec } from './spec.js';
import type { MerchantState } from './state-file.js';
import type { CreateSandboxOptions, SandboxFetch, SandboxViolation } from './types.js';
import { responseProblems } from './validation.js';
import { defaultRetryDelays } from './webhooks.js';
import { createDeliveryPoster } from './delivery-post.js';
import { controlHeaders } from './serve-control.js';
import { checkTimerMs } from './timer-limits.js';

/** The public default API key (`palomma-sandbox-token`): the sandbox moves no money, so it is not a secret. */
export const defaultToken = 'palomma-sandbox-token';
/** The public default webhook integrity key. */
export const defaultIntegrityKey = 'palomma-sandbox-integrity-key';
const inProcessOrigin = 'http://sandbox.palomma.invalid';

/** `off`, undefined or a number of milliseconds (a string from the command line) → ms or undefined. */
export function parseAutoAdvance(value: unknown): number | undefined {
  if (value === undefined || value === null || value === false || value === 'off') return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) throw new TypeError(`autoAdvance must be "off" or a whole number of milliseconds ≥ 0, not ${JSON.stringify(value)}`);
  return checkTimerMs('autoAdvance', ms);
}

const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request as the sandbox reads it, from a fetch Request or a node:http one. */
export interface RequestParts {
  method: string;
  url: string;
  authorization?: string | null | undefined;
  bodyText?: string | undefined;
}

/** The problems with an object by its resource's schema, in one line, or undefined. */
export type ObjectCheck = (resource: string, object: Record<string, unknown>) => string | undefined;

export interface SandboxCore {
  spec: SpecNode;
  routes: RouteTable;
  violations: SandboxViolation[];
  /** The API: a request → `{ status, body, headers }`, checked against the spec if asked; held back by a delay fault. */
  handleApi(request: RequestParts): Promise<ApiAnswer>;
  /** How the API refuses a request before acting on it (`{ message }`, as Palomma), or undefined when it would not. */
  refuseApi(request: RequestParts): ApiAnswer | undefined;
  /** The control API and the customer's pages. */
  handleControl(request: Omit<ControlRequest, 'url'> & { url: string }): Promise<ControlAnswer>;
  controlRoutes: Route[];
  /** How many changes the sandbox has seen, every merchant's together. */
  readonly changeCount: number;
  /** Resolves once the deliveries of the merchant with this label (every merchant's, for undefined) are answered or given up. */
  webhooksIdle(label?: string): Promise<void>;
  /** Every merchant's state, by label. */
  snapshotAll(): Record<string, MerchantState>;
  /**
   * Loads merchants' states by label, each object checked by `check` (default: the spec's generated validators);
   * on any error every merchant it named is forgotten and the error thrown, naming the merchant and the field.
   */
  loadAll(states: Readonly<Record<string, unknown>>, options?: { check?: ObjectCheck }): void;
  /** The Palomma API as a fetch function. */
  fetch: SandboxFetch;
  /** The control API and the customer's pages as a fetch function. */
  controlFetch: SandboxFetch;
  close(): void;
}

/**
 * The sandbox's engine without a port. `fetch` answers the Palomma API (any origin; a base path such as /v0
 * from the spec's servers is ignored), `controlFetch` the control API and the customer's pages.
 */
export function createSandboxCore(options: CreateSandboxOptions = {}): SandboxCore {
  const {
    spec: specSource,
    token = defaultToken,
    integrityKey = defaultIntegrityKey,
    webhookUrls = [],
    // Sockets capped per receiver and in all; a timed-out attempt closes its socket (delivery-post.ts).
    webhookFetch = createDeliveryPoster(),
    autoAdvance,
    retryDelays = defaultRetryDelays,
    webhookTimeoutMs = 5_000,
    pagesUrl = () => `${inProcessOrigin}/pages`,
    checkResponses = false,
    checkRequests = true,
    controlSpec,
    maxMerchants,
    stateFile,
    log,
  } = options;
  if (typeof token !== 'string' || token === '') throw new TypeError('token must be a non-empty string');
  if (typeof integrityKey !== 'string' || integrityKey === '') throw new TypeError('integrityKey must be a non-empty string');
  if (!Array.isArray(webhookUrls)) throw new TypeError('webhookUrls must be an array of URLs');
  for (const url of webhookUrls) {
    if (!/^https?:$/.test(new URL(url).protocol)) throw new TypeError(`webhookUrls: ${url} is not an http(s) URL`);
  }
  if (!Array.isArray(retryDelays) || !retryDelays.every((ms) => Number.isInteger(ms) && ms >= 0)) {
    throw new TypeError('retryDelays must be an array of whole numbers of milliseconds');
  }
  if (stateFile !== undefined && (typeof stateFile !== 'string' || stateFile === '')) throw new TypeError('stateFile must be the path of a file');
  retryDelays.forEach((ms, i) => checkTimerMs(`retryDelays[${i}]`, ms));
  checkTimerMs('webhookTimeoutMs', webhookTimeoutMs);
  const spec = loadSpec(specSource);
  const routes = buildRoutes(spec);
  const basePaths = ((spec.servers ?? []) as Array<{ url: string }>)
    .map((s) => new URL(s.url, inProcessOrigin).pathname.replace(/\/$/, ''))
    .filter(Boolean);
  const operations = new Map(routes.routes.map((route) => [route.operationId, route.statuses]));
  const retrieveRoutes = new Map(routes.routes.filter((route) => route.kind === 'retrieve').map((route) => [route.resource, route]));
  // A loaded object is checked as the API would answer it: by its retrieve operation's 200 schema.
  const checkObject: ObjectCheck = (resource, object) => {
    const route = retrieveRoutes.get(resource);
    return route ? responseProblems(route, 200, object) : `the sandbox has no ${resource}`;
  };
  const advance = parseAutoAdvance(autoAdvance);
  const pagesBase = () => (typeof pagesUrl === 'function' ? pagesUrl() : pagesUrl);
  let persistence: Persistence | undefined;
  let changeCount = 0;

  const merchants = createMerchants<Merchant>({
    ...(maxMerchants !== undefined && { max: maxMerchants }),
    create: (label) =>
      createMerchant({
        label,
        spec,
        routes,
        // The customer's browser carries no token: the link names the merchant by its label (never its token).
        pageUrl: (resource, id) => `${pagesBase()}/${resource}/${id}${label ? `?merchant=${label}` : ''}`,
        autoAdvance: advance,
        webhooks: { urls: webhookUrls, integrityKey, fetch: webhookFetch, retryDelays, timeoutMs: webhookTimeoutMs, log },
        operations,
        checkObject,
        changed() {
          changeCount++;
          persistence?.changed(label);
        },
        afterTimer: () => persistence?.flush(),
      }),
  });

  /** The merchant an Authorization header names (none given: the base token's), or why there is none. */
  function merchantFor(authorization: string | undefined): { merchant: Merchant; refused?: undefined } | { merchant?: undefined; refused: string } {
    const label = authorization === undefined ? '' : merchantLabel(token, authorization);
    if (label === undefined) return { refused: 'Unauthorized' };
    const merchant = merchants.get(label);
    if (!merchant) return { refused: `the sandbox holds ${merchants.max} merchants already; POST /reset with one of their tokens forgets it` };
    return { merchant };
  }
  function forget(merchant: Merchant) {
    merchant.close();
    merchants.drop(merchant.label);
    changeCount++;
    persistence?.changed(merchant.label);
  }

  const api = createApi({ spec, routes, merchantFor, checkRequests });
  const control = createControl({ merchantFor, pageMerchant: (label) => merchants.find(label), reset: (merchant) => forget(merchant as Merchant), controlSpec });
  const violations: SandboxViolation[] = [];
  if (stateFile !== undefined) persistence = openStateFile({ path: stateFile, merchant: (label) => merchants.get(label), existing: (label) => merchants.find(label) });

  /** The request's URL with the base path of the spec's servers (`/v0`), if it has one, taken off. */
  function apiUrl(request: RequestParts): URL {
    const url = new URL(request.url);
    const base = basePaths.find((path) => url.pathname === path || url.pathname.startsWith(`${path}/`));
    if (base) url.pathname = url.pathname.slice(base.length) || '/';
    return url;
  }

  async function handleApi(request: RequestParts): Promise<ApiAnswer> {
    const result = api({ ...request, url: apiUrl(request) });
    // The change is on disk before the answer leaves.
    persistence?.flush();
    if (result.delayMs) await sleep(result.delayMs);
    // A fault asked for is outside the spec on purpose (a 429 Palomma does not document): not a violation.
    if (checkResponses && result.route && !result.fault) {
      const problems = responseProblems(result.route, result.status, result.body);
      const undeclared = !result.route.statuses.has(result.status);
      if (problems || undeclared) {
        const detail = problems ?? `status ${result.status} is not one the spec declares for ${result.route.operationId}`;
        violations.push({ operationId: result.route.operationId, status: result.status, detail });
        return {
          status: 500,
          body: { type: 'about:blank', title: 'The sandbox answered outside the spec', status: 500, detail },
          headers: { 'content-type': 'application/problem+json', 'sl-violations': JSON.stringify([{ location: ['response'], severity: 'Error', message: detail }]) },
        };
      }
    }
    return result;
  }

  async function handleControl(request: Omit<ControlRequest, 'url'> & { url: string }): Promise<ControlAnswer> {
    try {
      return await control({ ...request, url: new URL(request.url) });
    } finally {
      persistence?.flush();
    }
  }

  async function toParts(input: string | URL | Request, init?: RequestInit): Promise<RequestParts> {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    return { method: request.method, url: request.url, authorization: request.headers.get('authorization') ?? undefined, bodyText: await request.text() };
  }

  return {
    spec,
    routes,
    violations,
    handleApi,
    refuseApi: (request) => api.check({ ...request, url: apiUrl(request) }).refused,
    handleControl,
    controlRoutes: control.routes,
    get changeCount() {
      return changeCount;
    },
    async webhooksIdle(label) {
      await Promise.all([...merchants.entries()].filter(([l]) => label === undefined || l === label).map(([, merchant]) => merchant.webhooks.idle()));
    },
    snapshotAll: () => Object.fromEntries([...merchants.entries()].map(([label, merchant]) => [label, merchant.snapshot()])),
    loadAll(states, { check } = {}) {
      const labels = Object.keys(states);
      try {
        for (const label of labels) {
          const merchant = merchants.get(label);
          if (!merchant) throw new Error(`there are more merchants than this sandbox may hold (${merchants.max})`);
          try {
            merchant.load(states[label], check);
          } catch (error) {
            throw new Error(`${merchantName(label)}: ${(error as Error).message}`, { cause: error });
          }
        }
      } catch (error) {
        for (const label of labels) {
          const merchant = merchants.find(label);
          if (merchant) forget(merchant);
        }
        throw error;
      } finally {
        persistence?.flush();
      }
    },
    async fetch(input, init) {
      const result = await handleApi(await toParts(input, init));
      return jsonResponse(result.status, result.body, result.headers);
    },
    async controlFetch(input, init) {
      const result = await handleControl(await toParts(input, init));
      if (result.html !== undefined) return new Response(result.html, { status: result.status, headers: controlHeaders(result) });
      return jsonResponse(result.status, result.body);
    },
    close() {
      for (const [, merchant] of merchants.entries()) merchant.close();
    },
  };
}
