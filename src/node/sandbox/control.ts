// The control API (described by sandbox.yaml, routed from it) and the customer's pages behind authUrl and paymentUrl.
// Each call acts for the merchant its Authorization header names (none: the base token's merchant); a page link
// names its merchant itself, since the customer's browser carries no token.
import { pathToFileURL } from 'node:url';
import { escapeHtml } from '../http/html.js';
import { sandboxSpecPath } from '../package-files.js';
import type { MerchantFor } from './api.js';
import { SandboxError, type SandboxErrorKind } from './errors.js';
import { handleMerchantControl, isMerchantOperation, merchantOperations, parseJsonBody, type ControlledMerchant } from './merchant-control.js';
import { createPageTokens, type PageTokens } from './page-tokens.js';
import { pageStyle, renderPage } from './pages.js';
import { redirectTarget } from './redirect-target.js';
import { resourceRules } from './resources.js';
import { buildRoutes, type Route } from './routes.js';
import { loadSpec, type SpecSource } from './spec.js';
import type { Decision, State } from './state.js';
import type { WebhookDelivery, Webhooks } from './webhooks.js';

/** What the control API needs of a merchant. */
export interface ControlMerchant extends ControlledMerchant {
  state: State;
  webhooks: Webhooks;
}

// operationId in sandbox.yaml → the resource and action it decides, and the fields its body may have.
const decisions: Readonly<Record<string, [resource: string, action: string, fields: readonly string[]]>> = {
  authorizePayoutTarget: ['payoutTargets', 'authorize', ['outcome', 'statusMessage']],
  authorizePayinSource: ['payinSources', 'authorize', ['outcome', 'statusMessage']],
  payPayinLink: ['payinLinks', 'pay', ['outcome', 'statusMessage']],
  completePayoutRequest: ['payoutRequests', 'complete', ['outcome', 'statusMessage']],
  completePayinRequest: ['payinRequests', 'complete', ['outcome', 'statusMessage', 'amountCollected']],
};
const others = ['describeControlApi', 'settleMerchantAccount', 'listWebhookDeliveries', 'resetSandbox', 'showCustomerPage', 'decideOnCustomerPage', ...merchantOperations];

/** A control request, as the server or the in-process fetch hands it over. */
export interface ControlRequest {
  method: string;
  url: URL;
  authorization?: string | null | undefined;
  bodyText?: string | undefined;
}

/**
 * A JSON answer (`body`) or an HTML page (`html`, with `headers` such as a redirect's location, and for its CSP the
 * inline `styles` it has and the `formTargets` its form may lead to).
 */
export type ControlAnswer =
  | { status: number; body: unknown; html?: undefined; headers?: undefined }
  | { status: number; html: string; headers?: Record<string, string>; body?: undefined; styles?: readonly string[]; formTargets?: readonly string[] };

export interface Control {
  (request: ControlRequest): Promise<ControlAnswer>;
  /** The control operations, as sandbox.yaml routes them. */
  routes: Route[];
}

const json = (status: number, body: unknown): ControlAnswer => ({ status, body });
const message = (status: number, text: string) => json(status, { message: text });
const statuses: Record<SandboxErrorKind, number> = { invalid: 400, 'not-found': 404, conflict: 409 };
const statusOf = (error: SandboxError) => statuses[error.kind];

// GET /webhookDeliveries?eventId=…&eventType=…: the query parameter → the delivery field it must equal.
const deliveryFilters = { eventId: 'eventId', eventType: 'eventType' } as const satisfies Record<string, keyof WebhookDelivery>;

/** The deliveries the query asks for; a 400 answer for a parameter that is not a filter. */
function filterDeliveries(deliveries: WebhookDelivery[], query: URLSearchParams): ControlAnswer {
  const where: [keyof WebhookDelivery, string][] = [];
  for (const [name, value] of query) {
    if (!Object.hasOwn(deliveryFilters, name)) {
      return message(400, `${name}: is not a filter of webhookDeliveries (allowed: ${Object.keys(deliveryFilters).join(', ')})`);
    }
    where.push([deliveryFilters[name as keyof typeof deliveryFilters], value]);
  }
  return json(200, { items: deliveries.filter((delivery) => where.every(([field, value]) => delivery[field] === value)) });
}

export interface ControlOptions {
  merchantFor: MerchantFor<ControlMerchant>;
  /** The merchant a page link names by its label (`?merchant=worker-3`; none: the base token's), if it exists. */
  pageMerchant: (label: string) => ControlMerchant | undefined;
  /** Forgets a merchant. */
  reset: (merchant: ControlMerchant) => void;
  /** sandbox.yaml (default: the one this package ships). */
  controlSpec?: SpecSource | undefined;
  /** The pages' form tokens (default: a new key). */
  tokens?: PageTokens;
}

export function createControl({ merchantFor, pageMerchant, reset, controlSpec = sandboxSpecPath, tokens = createPageTokens() }: ControlOptions): Control {
  const document = loadSpec(controlSpec);
  const routes = buildRoutes(document);
  // GET /: every endpoint of sandbox.yaml, and where that document is.
  const index = {
    message: 'The Palomma sandbox control API: it plays the customer and the banks. Each endpoint below is described in docs.',
    docs: typeof controlSpec === 'string' ? pathToFileURL(controlSpec).href : controlSpec instanceof URL ? controlSpec.href : pathToFileURL(sandboxSpecPath).href,
    endpoints: routes.routes.map((r) => ({ method: r.method, path: r.template, summary: String(document.paths?.[r.template]?.[r.method.toLowerCase()]?.summary ?? '') })),
  };
  const known = new Set([...Object.keys(decisions), ...others]);
  const described = new Set(routes.routes.map((r) => r.operationId));
  const missing = [...known].filter((id) => !described.has(id));
  const unknown = [...described].filter((id) => !known.has(id));
  if (missing.length || unknown.length) {
    throw new Error(`sandbox.yaml and the control API disagree: not described ${missing.join(', ') || '-'}; not implemented ${unknown.join(', ') || '-'}`);
  }

  function decision(state: State, operationId: string, params: Record<string, string>, bodyText: string | undefined): ControlAnswer {
    const [resource, action, fields] = decisions[operationId]!;
    const body = parseJsonBody(bodyText) ?? {};
    if (!body || typeof body !== 'object' || Array.isArray(body)) return message(400, 'body: must be a JSON object');
    const extra = Object.keys(body).find((key) => !fields.includes(key));
    if (extra) return message(400, `${extra}: is not a known field (allowed: ${fields.join(', ')})`);
    const id = Object.values(params)[0] ?? '';
    return json(200, state.present(resource, state.decide(resource, id, action, body as Decision)));
  }

  const stateOfPage = (url: URL) => pageMerchant(url.searchParams.get('merchant') ?? '')?.state;

  /** A short page saying `text` (escaped, as everything on every page). */
  const notice = (status: number, text: string): ControlAnswer => ({
    status,
    html: `<!doctype html><meta charset="utf-8"><title>Palomma sandbox</title><p>${escapeHtml(text)}</p>`,
  });

  /** The page, with its form's token; its CSP lets the form lead only here and to a redirect target it will follow. */
  function page(params: Record<string, string>, url: URL, note?: { text: string; value: string }): ControlAnswer {
    const { resource = '', id = '' } = params;
    const rules = resourceRules[resource];
    const state = stateOfPage(url);
    const record = rules?.page ? state?.get(resource, id) : undefined;
    if (!state || !rules?.page || !rules.action || !record) return notice(404, `No ${resource} ${id} in this sandbox.`);
    const reasons = state.statusMessages(resource) ?? ['CUSTOMER_CANCELLATION'];
    const waiting = rules.action.from.includes(record.status);
    const target = redirectTarget(record.redirectUrl);
    return {
      status: waiting ? 200 : 409,
      html: renderPage({ title: rules.page.title, record, reasons, waiting, action: `${url.pathname}${url.search}`, token: tokens.tokenFor(resource, id), note }),
      styles: [pageStyle],
      formTargets: target.ok ? [target.origin] : [],
    };
  }

  function decideOnPage(params: Record<string, string>, url: URL, bodyText: string | undefined): ControlAnswer {
    const { resource = '', id = '' } = params;
    const rules = resourceRules[resource];
    const state = stateOfPage(url);
    if (!state || !rules?.page || !rules.action || !state.get(resource, id)) return page(params, url);
    const form = new URLSearchParams(bodyText ?? '');
    // Only the page itself has the token: a form on another site cannot decide for the customer.
    if (!tokens.matches(resource, id, form.get('token'))) {
      return notice(403, 'This decision did not come from this page (its token is missing or wrong): open the page and choose again.');
    }
    const choice = form.get('choice');
    if (choice !== 'approve' && choice !== 'decline') return notice(400, 'choice: must be approve or decline');
    const outcome = choice === 'approve' ? { outcome: rules.page.approve } : { outcome: 'cancelled', statusMessage: form.get('statusMessage') || 'CUSTOMER_CANCELLATION' };
    try {
      const record = state.decide(resource, id, rules.action.name, outcome);
      if (!record.redirectUrl) return { ...page(params, url), status: 200 };
      // Followed only to a web address; anything else is shown as text, and the decision stands.
      const target = redirectTarget(record.redirectUrl);
      if (target.ok) return { status: 303, headers: { location: target.href }, html: '' };
      const note = { text: `Your choice is recorded, but you were not sent there: ${target.reason}. The merchant's redirectUrl is`, value: String(record.redirectUrl) };
      return { ...page(params, url, note), status: 200 };
    } catch (error) {
      if (!(error instanceof SandboxError)) throw error;
      if (error.kind === 'conflict') return page(params, url);
      return notice(statusOf(error), error.message);
    }
  }

  /** One control request → a JSON answer or an HTML page. */
  const handle = async ({ method, url, authorization, bodyText }: ControlRequest): Promise<ControlAnswer> => {
    const found = routes.match(method, url.pathname);
    if (!found) return message(404, `the control API has no path ${url.pathname} (GET / lists its endpoints)`);
    if (found.allowed) return message(405, `${url.pathname} answers ${found.allowed.join(', ')}, not ${method}`);
    if (!found.params) return message(400, 'path: a parameter is not valid percent-encoding');
    const { operationId } = found.route;
    try {
      if (operationId === 'describeControlApi') return json(200, index);
      if (operationId === 'showCustomerPage') return page(found.params, url);
      if (operationId === 'decideOnCustomerPage') return decideOnPage(found.params, url, bodyText);
      const { merchant, refused } = merchantFor(authorization ?? undefined);
      if (!merchant) return message(401, refused);
      const { state } = merchant;
      if (decisions[operationId]) return decision(state, operationId, found.params, bodyText);
      if (isMerchantOperation(operationId)) return await handleMerchantControl(operationId, merchant, found.params, bodyText);
      switch (operationId) {
        case 'settleMerchantAccount':
          return json(200, state.present('payinSettlements', state.settle(found.params.merchantAccountId ?? '')));
        case 'listWebhookDeliveries':
          return filterDeliveries(merchant.webhooks.list(), url.searchParams);
        default:
          reset(merchant);
          return message(200, 'This merchant is empty again: every object, delivery, pending retry and fault is gone, and its clock is back to real time.');
      }
    } catch (error) {
      if (error instanceof SandboxError) return message(statusOf(error), error.message);
      throw error;
    }
  };
  return Object.assign(handle, { routes: routes.routes });
}
