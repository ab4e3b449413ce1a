// The control API (described by sandbox.yaml, routed from it) and the customer's pages behind authUrl and paymentUrl.
import { pathToFileURL } from 'node:url';
import { sandboxSpecPath } from '../package-files.js';
import { SandboxError, type SandboxErrorKind } from './errors.js';
import { renderPage } from './pages.js';
import { resourceRules } from './resources.js';
import { buildRoutes, type Route } from './routes.js';
import { loadSpec, type SpecSource } from './spec.js';
import type { Decision, State } from './state.js';
import type { Webhooks } from './webhooks.js';

// operationId in sandbox.yaml → the resource and action it decides, and the fields its body may have.
const decisions: Readonly<Record<string, [resource: string, action: string, fields: readonly string[]]>> = {
  authorizePayoutTarget: ['payoutTargets', 'authorize', ['outcome', 'statusMessage']],
  authorizePayinSource: ['payinSources', 'authorize', ['outcome', 'statusMessage']],
  payPayinLink: ['payinLinks', 'pay', ['outcome', 'statusMessage']],
  completePayoutRequest: ['payoutRequests', 'complete', ['outcome', 'statusMessage']],
  completePayinRequest: ['payinRequests', 'complete', ['outcome', 'statusMessage', 'amountCollected']],
};
const others = ['describeControlApi', 'settleMerchantAccount', 'listWebhookDeliveries', 'resetSandbox', 'showCustomerPage', 'decideOnCustomerPage'];

/** A control request, as the server or the in-process fetch hands it over. */
export interface ControlRequest {
  method: string;
  url: URL;
  bodyText?: string | undefined;
}

/** A JSON answer (`body`) or an HTML page (`html`, with `headers` such as a redirect's location). */
export type ControlAnswer =
  | { status: number; body: unknown; html?: undefined; headers?: undefined }
  | { status: number; html: string; headers?: Record<string, string>; body?: undefined };

export interface Control {
  (request: ControlRequest): ControlAnswer;
  /** The control operations, as sandbox.yaml routes them. */
  routes: Route[];
}

const json = (status: number, body: unknown): ControlAnswer => ({ status, body });
const message = (status: number, text: string) => json(status, { message: text });
const statuses: Record<SandboxErrorKind, number> = { invalid: 400, 'not-found': 404, conflict: 409 };
const statusOf = (error: SandboxError) => statuses[error.kind];

export interface ControlOptions {
  state: State;
  webhooks: Webhooks;
  reset: () => void;
  /** sandbox.yaml (default: the one this package ships). */
  controlSpec?: SpecSource | undefined;
}

export function createControl({ state, webhooks, reset, controlSpec = sandboxSpecPath }: ControlOptions): Control {
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

  function decision(operationId: string, params: Record<string, string>, bodyText: string | undefined): ControlAnswer {
    const [resource, action, fields] = decisions[operationId]!;
    let body: unknown;
    try {
      body = JSON.parse(bodyText || '{}');
    } catch {
      return message(400, 'body: is not valid JSON');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return message(400, 'body: must be a JSON object');
    const extra = Object.keys(body).find((key) => !fields.includes(key));
    if (extra) return message(400, `${extra}: is not a known field (allowed: ${fields.join(', ')})`);
    const id = Object.values(params)[0] ?? '';
    return json(200, state.present(resource, state.decide(resource, id, action, body as Decision)));
  }

  function page(params: Record<string, string>, url: URL): ControlAnswer {
    const { resource = '', id = '' } = params;
    const rules = resourceRules[resource];
    const record = rules?.page ? state.get(resource, id) : undefined;
    if (!rules?.page || !rules.action || !record) return { status: 404, html: `<!doctype html><title>Not found</title><p>No ${resource} ${id} in this sandbox.</p>` };
    const reasons = state.statusMessages(resource) ?? ['CUSTOMER_CANCELLATION'];
    const waiting = rules.action.from.includes(record.status);
    return { status: waiting ? 200 : 409, html: renderPage({ title: rules.page.title, record, reasons, waiting, action: url.pathname }) };
  }

  function decideOnPage(params: Record<string, string>, url: URL, bodyText: string | undefined): ControlAnswer {
    const { resource = '', id = '' } = params;
    const rules = resourceRules[resource];
    if (!rules?.page || !rules.action || !state.get(resource, id)) return page(params, url);
    const form = new URLSearchParams(bodyText ?? '');
    const choice = form.get('choice');
    if (choice !== 'approve' && choice !== 'decline') return { status: 400, html: '<!doctype html><p>choice: must be approve or decline</p>' };
    const outcome = choice === 'approve' ? { outcome: rules.page.approve } : { outcome: 'cancelled', statusMessage: form.get('statusMessage') || 'CUSTOMER_CANCELLATION' };
    try {
      const record = state.decide(resource, id, rules.action.name, outcome);
      if (record.redirectUrl) return { status: 303, headers: { location: record.redirectUrl }, html: '' };
      return { ...page(params, url), status: 200 };
    } catch (error) {
      if (!(error instanceof SandboxError)) throw error;
      if (error.kind === 'conflict') return page(params, url);
      return { status: statusOf(error), html: `<!doctype html><p>${error.message.replace(/[<&]/g, '')}</p>` };
    }
  }

  /** One control request → a JSON answer or an HTML page. */
  const handle = ({ method, url, bodyText }: ControlRequest): ControlAnswer => {
    const found = routes.match(method, url.pathname);
    if (!found) return message(404, `the control API has no path ${url.pathname} (GET / lists its endpoints)`);
    if (found.allowed) return message(405, `${url.pathname} answers ${found.allowed.join(', ')}, not ${method}`);
    if (!found.params) return message(400, 'path: a parameter is not valid percent-encoding');
    const { operationId } = found.route;
    try {
      if (decisions[operationId]) return decision(operationId, found.params, bodyText);
      switch (operationId) {
        case 'describeControlApi':
          return json(200, index);
        case 'settleMerchantAccount':
          return json(200, state.present('payinSettlements', state.settle(found.params.merchantAccountId ?? '')));
        case 'listWebhookDeliveries':
          return json(200, { items: webhooks.list() });
        case 'resetSandbox':
          reset();
          return message(200, 'The sandbox is empty again: every object, delivery and pending retry is gone.');
        case 'showCustomerPage':
          return page(found.params, url);
        default:
          return decideOnPage(found.params, url, bodyText);
      }
    } catch (error) {
      if (error instanceof SandboxError) return message(statusOf(error), error.message);
      throw error;
    }
  };
  return Object.assign(handle, { routes: routes.routes });
}
