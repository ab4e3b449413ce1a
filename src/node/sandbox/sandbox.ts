// One sandbox: state, API, control API and webhooks wired together, answering fetch-style Requests in process.
import type { SpecNode } from '../../spec/document.js';
import { createApi, type ApiAnswer } from './api.js';
import { createControl, type ControlAnswer, type ControlRequest } from './control.js';
import { buildRoutes, type Route, type RouteTable } from './routes.js';
import { loadSpec } from './spec.js';
import { createState, type State } from './state.js';
import type { CreateSandboxOptions, SandboxFetch, SandboxViolation } from './types.js';
import { responseProblems } from './validation.js';
import { createDeliveryPoster } from './delivery-post.js';
import { controlHeaders } from './serve-control.js';
import { checkTimerMs } from './timer-limits.js';
import { createWebhooks, defaultRetryDelays, type Webhooks } from './webhooks.js';

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

/** A request as the sandbox reads it, from a fetch Request or a node:http one. */
export interface RequestParts {
  method: string;
  url: string;
  authorization?: string | null | undefined;
  bodyText?: string | undefined;
}

export interface SandboxCore {
  spec: SpecNode;
  routes: RouteTable;
  state: State;
  webhooks: Webhooks;
  violations: SandboxViolation[];
  reset(): void;
  /** The API: a request → `{ status, body, headers }`, checked against the spec if asked. */
  handleApi(request: RequestParts): ApiAnswer;
  /** The control API and the customer's pages. */
  handleControl(request: Omit<ControlRequest, 'url'> & { url: string }): ControlAnswer;
  controlRoutes: Route[];
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
  retryDelays.forEach((ms, i) => checkTimerMs(`retryDelays[${i}]`, ms));
  checkTimerMs('webhookTimeoutMs', webhookTimeoutMs);
  const spec = loadSpec(specSource);
  const routes = buildRoutes(spec);
  const basePaths = ((spec.servers ?? []) as Array<{ url: string }>)
    .map((s) => new URL(s.url, inProcessOrigin).pathname.replace(/\/$/, ''))
    .filter(Boolean);
  const webhooks = createWebhooks({ urls: webhookUrls, integrityKey, fetch: webhookFetch, retryDelays, timeoutMs: webhookTimeoutMs, log });
  const state = createState({
    spec,
    routes,
    pageUrl: (resource, id) => `${typeof pagesUrl === 'function' ? pagesUrl() : pagesUrl}/${resource}/${id}`,
    autoAdvance: parseAutoAdvance(autoAdvance),
    onChange: (eventType, event) => webhooks.send(eventType, event),
  });
  const reset = () => {
    state.reset();
    webhooks.reset();
  };
  const api = createApi({ spec, routes, state, token, checkRequests });
  const control = createControl({ state, webhooks, reset, controlSpec });
  const violations: SandboxViolation[] = [];

  function handleApi(request: RequestParts): ApiAnswer {
    const url = new URL(request.url);
    const base = basePaths.find((path) => url.pathname === path || url.pathname.startsWith(`${path}/`));
    if (base) url.pathname = url.pathname.slice(base.length) || '/';
    const result = api({ ...request, url });
    if (checkResponses && result.route) {
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

  async function toParts(input: string | URL | Request, init?: RequestInit): Promise<RequestParts> {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    return { method: request.method, url: request.url, authorization: request.headers.get('authorization'), bodyText: await request.text() };
  }

  return {
    spec,
    routes,
    state,
    webhooks,
    violations,
    reset,
    handleApi,
    handleControl: (request) => control({ ...request, url: new URL(request.url) }),
    controlRoutes: control.routes,
    async fetch(input, init) {
      const result = handleApi(await toParts(input, init));
      return jsonResponse(result.status, result.body, result.headers);
    },
    async controlFetch(input, init) {
      const parts = await toParts(input, init);
      const result = control({ ...parts, url: new URL(parts.url) });
      if (result.html !== undefined) return new Response(result.html, { status: result.status, headers: controlHeaders(result) });
      return jsonResponse(result.status, result.body);
    },
    close() {
      state.close();
      webhooks.reset();
    },
  };
}
