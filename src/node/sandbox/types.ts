// The public types of palomma-openapi/sandbox: options, the in-process sandbox, the control API as methods, the
// sandbox on ports. Objects are the API's own generated types; no Node types, so a consumer needs none.
import type { PayinLink, PayinRequest, PayinSettlement, PayinSource, PayoutRequest, PayoutTarget, StatusMessage } from '../../../generated/types.js';
import type { RestartOptions, SupervisedEvents, SupervisorEvent, SupervisorEventType, SupervisorListener } from '../prism/events.js';
import type { SpecSource } from './spec.js';
import type { WebhookDelivery, WebhookFetch } from './webhooks.js';

export type { RestartOptions, SpecSource, SupervisedEvents, SupervisorEvent, SupervisorEventType, SupervisorListener, WebhookDelivery, WebhookFetch };

/** What both `createSandbox` and `startSandboxServer` take. */
export interface SandboxOptions {
  /** The OpenAPI file whose operations the sandbox serves. Defaults to the package's openapi.yaml. */
  spec?: string | URL;
  /** The control API's document (sandbox.yaml), likewise. Defaults to the package's sandbox.yaml. */
  controlSpec?: SpecSource;
  /**
   * The API key accepted, default {@link defaultToken}; so is that key, a `.` and a label of letters, digits, `-`
   * or `_` (`<token>.worker-3`), each token a merchant of its own. Any other gets 401.
   */
  token?: string;
  /** Signs webhooks (HMAC-SHA-256 of X-Encoded-Data keyed with its UTF-8 bytes, hex). Default {@link defaultIntegrityKey}. */
  integrityKey?: string;
  /** Where webhooks are delivered, each change to each URL. */
  webhookUrls?: string[];
  /**
   * How deliveries are sent. Default: node:http(s) with at most 4 sockets per receiver and 32 in all, a timed-out
   * attempt's socket closed. In process, point it at your receiver.
   */
  webhookFetch?: WebhookFetch;
  /** Milliseconds after which waiting objects reach their planned outcome (at most 2^31 - 1), or `'off'` (the default). */
  autoAdvance?: number | 'off';
  /** Waits before each redelivery of a failed webhook, in ms (default 1 s, 5 s, 30 s, 2 min, 10 min; each at most 2^31 - 1). */
  retryDelays?: number[];
  /** How long one delivery attempt may take, in ms (default 5000; at most 2^31 - 1). */
  webhookTimeoutMs?: number;
  /** One line per delivery attempt (never the key or a signature). */
  log?: (line: string) => void;
  /**
   * Check every answer against the spec's generated response validators: an answer outside the spec becomes a
   * 500 and is kept in `violations`. On by default in process; off by default on ports, where Prism checks.
   */
  checkResponses?: boolean;
  /**
   * Loads every merchant from this file at start (none when it does not exist yet) and rewrites it after every
   * change (a new file renamed over the old one). A file that cannot be used throws at start, naming it.
   */
  stateFile?: string;
  /** How many merchants (tokens) the sandbox holds at most (default 1000); past that, a new token gets 401. */
  maxMerchants?: number;
}

/** What `createSandbox` takes: the shared options, a spec that may be already parsed, and the in-process switches. */
export interface CreateSandboxOptions extends Omit<SandboxOptions, 'spec'> {
  /** The OpenAPI document whose operations the sandbox serves: a path, a file URL or the parsed document. Defaults to the package's openapi.yaml. */
  spec?: SpecSource;
  /** Check every request with the spec's generated validators, answering 400 naming the field (default true). */
  checkRequests?: boolean;
  /**
   * Where the customer's pages (`authUrl`, `paymentUrl`) are linked from; a function is asked each time. Default
   * `http://sandbox.palomma.invalid/pages`, served by `control.fetch`.
   */
  pagesUrl?: string | (() => string);
}

/** The customer's (or the bank's) answer for a payout target or payin source: verified, or refused and why. */
export type AuthorizeOutcome = { outcome: 'active' | 'cancelled'; statusMessage?: StatusMessage };
/** How a payin link's payment or a payout request ends. */
export type PaymentOutcome = { outcome: 'approved' | 'cancelled'; statusMessage?: StatusMessage };
/** How a payin request ends; `partial` (with `amountCollected`, default half) needs a source with `partialPayinsEnabled`. */
export type PayinRequestOutcome = { outcome: 'approved' | 'partial' | 'cancelled'; amountCollected?: number; statusMessage?: StatusMessage };

/** A merchant's clock (`GET /clock`). */
export interface SandboxClock {
  /** The merchant's time, ISO 8601 to the millisecond. */
  now: string;
}

/** A fault for the next calls of one operation (`POST /faults`). */
export interface SandboxFaultRequest {
  /** An operationId of openapi.yaml, such as `createCustomer`. */
  operationId: string;
  /** The error status: one the operation declares, or 429, 500, 503. Left out: a normal answer, `delayMs` late. */
  status?: number;
  /** How many of the next calls (1 to 1000; default 1). */
  times?: number;
  /** How long to hold the answer, in ms (0 to 60000; default 0). */
  delayMs?: number;
  /** The Retry-After header, in seconds (0 to 3600; a 429 or 503 only). */
  retryAfter?: number;
}

/** A fault still waiting (`GET /faults`). */
export interface SandboxFault {
  /** The operation it faults. */
  operationId: string;
  /** The error status it answers; absent for a delay alone. */
  status?: number;
  /** Calls it still has to fault. */
  times: number;
  /** How long each answer is held, in ms. */
  delayMs: number;
  /** The Retry-After it sends, in seconds. */
  retryAfter?: number;
}

/** A merchant's state (`GET /state`, `PUT /state`, each merchant of a state file): its objects and its clock. */
export interface SandboxMerchantState {
  /** Says what the document is. */
  format: 'palomma-sandbox-state';
  /** The version of this format. */
  version: 1;
  /** The merchant's clock when the state was taken. */
  now: string;
  /** By resource (`customers`, `payoutTargets`…), oldest first, as the API shows them; page links left out. */
  objects: Record<string, Array<{ id: string } & Record<string, unknown>>>;
  /** The payin links and payin requests already counted in a payin settlement. */
  settledPayins?: string[];
}

/** The control API (sandbox.yaml) as methods, for one merchant; each resolves with the answer. */
export interface SandboxControl {
  /** The customer verifies (or refuses) a payout target's bank account, as on its `authUrl` page. */
  authorizePayoutTarget(payoutTargetId: string, body: AuthorizeOutcome): Promise<PayoutTarget>;
  /** The customer authorises (or refuses) recurring debits from a payin source, as on its `authUrl` page. */
  authorizePayinSource(payinSourceId: string, body: AuthorizeOutcome): Promise<PayinSource>;
  /** The payer pays (or abandons) a payin link, as on its `paymentUrl` page. */
  payPayinLink(payinLinkId: string, body: PaymentOutcome): Promise<PayinLink>;
  /** The bank completes (or rejects) a payout request; a cancelled one gives its amount back. */
  completePayoutRequest(payoutRequestId: string, body: PaymentOutcome): Promise<PayoutRequest>;
  /** The bank completes a payin request: collected in full, in part, or not at all. */
  completePayinRequest(payinRequestId: string, body: PayinRequestOutcome): Promise<PayinRequest>;
  /** Settles the account's collected payins into a new payin settlement (and sends its webhook). */
  settleMerchantAccount(merchantAccountId: string): Promise<PayinSettlement>;
  /** Every webhook delivery so far (the latest 1 000), oldest first, with its attempts. */
  webhookDeliveries(): Promise<WebhookDelivery[]>;
  /** Sends a delivery again (same webhookId, timestamp and signature); resolves with its deliveries once answered. */
  redeliverWebhook(webhookId: string): Promise<WebhookDelivery[]>;
  /** The merchant's clock. */
  clock(): Promise<SandboxClock>;
  /** Moves the merchant's clock on (never back, 366 days at most), running everything due on the way. */
  advanceClock(by: { seconds: number } | { to: string }): Promise<SandboxClock>;
  /** Makes the next calls of an operation answer an error, or late, for this merchant. */
  addFault(fault: SandboxFaultRequest): Promise<SandboxFault>;
  /** The faults still waiting, oldest first. */
  faults(): Promise<SandboxFault[]>;
  /** Forgets every fault of this merchant. */
  clearFaults(): Promise<void>;
  /** The merchant's objects, balances and clock as a document {@link SandboxControl.importState} loads back. */
  exportState(): Promise<SandboxMerchantState>;
  /** Replaces the merchant's objects and balances with a document's, checked whole first (400 naming the field). */
  importState(state: SandboxMerchantState): Promise<void>;
  /** Forgets this merchant: objects, deliveries, pending retries, faults, clock. Other merchants are untouched. */
  reset(): Promise<void>;
}

/** The control API of one merchant, with a way to wait for its webhooks. */
export type SandboxMerchantControl = SandboxControl & {
  /** Resolves once every webhook delivery of this merchant has been answered or given up on. */
  webhooksSettled(): Promise<void>;
};

/** One merchant of a sandbox, by its token. */
export interface SandboxMerchant {
  /** The merchant's token, for the client. */
  readonly token: string;
  /** Its control API as methods. */
  readonly control: SandboxMerchantControl;
}

/** The answer the sandbox gave outside the spec (in process these become 500s, and are kept here). */
export interface SandboxViolation {
  /** The operation that answered. */
  operationId: string;
  /** The status the sandbox gave (the caller got a 500 instead). */
  status: number;
  /** What was outside the spec: each field and its problem, or the undeclared status. */
  detail: string;
}

/** A fetch function: what `createPalommaClient({ fetch })` takes. */
export type SandboxFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** A sandbox in this process: the API and the control API as fetch functions, and the control API as methods. */
export interface Sandbox {
  /** The API key to give the client. */
  readonly token: string;
  /** The Palomma API as a fetch function: `createPalommaClient({ token, fetch: sandbox.fetch })`. */
  fetch: SandboxFetch;
  /** The control API (sandbox.yaml) as methods for the base token's merchant, and as a fetch function. */
  readonly control: SandboxMerchantControl & {
    /** The control API and the customer's pages (authUrl, paymentUrl) as a fetch function. */
    fetch: SandboxFetch;
  };
  /** The merchant a token names (`${sandbox.token}.worker-3`); a TypeError for a token the sandbox does not take. */
  merchant(token: string): SandboxMerchant;
  /** Answers that broke the spec (each was turned into a 500; faults asked for are not). Empty when all is well. */
  readonly violations: readonly SandboxViolation[];
  /** Cancels pending auto-advances and redeliveries. */
  close(): void;
}

/** The parts of the Prism child process a caller may need (Node's ChildProcess; typed here without Node's types). */
export interface PrismChild {
  /** The process id (undefined if it failed to spawn). */
  readonly pid?: number | undefined;
  /** The exit code once it has exited, else null. */
  readonly exitCode: number | null;
  /** Sends a signal (default SIGTERM); prefer the server's `close()`. */
  kill(signal?: string | number): boolean;
  /** Runs `listener` once when Prism exits. */
  once(event: 'exit', listener: (code: number | null, signal: string | null) => void): unknown;
  /** Removes an exit listener. */
  off(event: 'exit', listener: (...args: any[]) => void): unknown;
}

/** What `startSandboxServer` takes: the shared options, and where and how to listen. */
export interface SandboxServerOptions extends SandboxOptions {
  /** The port clients call: the API's front before Prism's validating proxy (default 4020; 0 picks a free one). */
  port?: number;
  /** The control API and the customer's pages (default 4021; 0 picks a free one). */
  controlPort?: number;
  /** Default 127.0.0.1; anything but loopback needs `allowRemote`. */
  host?: string;
  /** Allow a `host` other than loopback (`--allow-remote-listen`): the API, control API and pages on the network. Off by default. */
  allowRemote?: boolean;
  /** More host names to answer besides this machine's (`--allowed-host`); `.example.test` allows its subdomains. */
  allowedHosts?: string[];
  /** Origins whose pages may call the API (CORS without credentials; `--allowed-origin`). None by default. */
  allowedOrigins?: string[];
  /** How a Prism that dies is restarted (at once by default, backing off when it keeps dying). */
  restarts?: RestartOptions;
  /** How long Prism may take to start, in ms (default 30000). */
  prismTimeoutMs?: number;
  /** Receives Prism's log output. */
  onPrismLog?: (text: string) => void;
  /**
   * Where the control API is reached from outside, when something forwards to it (the customer's pages in
   * `authUrl` and `paymentUrl` are linked from there). Default: `controlUrl`.
   */
  publicControlUrl?: string | (() => string | undefined);
  /** Where the API is reached from outside, when a front forwards to it with the Host unchanged (npm start's). */
  publicUrl?: string | (() => string | undefined);
}

/**
 * A sandbox on ports: Prism's validating proxy in front of it, and its control API beside it. Emits `died` and
 * `restarted` as its Prism dies and comes back, and `failed` when it cannot be kept running: then every port is
 * closed and `closed` rejects with the reason.
 */
export interface SandboxServer extends SupervisedEvents {
  /**
   * Where clients call the API: the guard front, which answers a request breaking the spec with Palomma's 400
   * `{ message }` and forwards the rest to Prism's validating proxy, which forwards them to the sandbox.
   */
  readonly url: string;
  /** The control API (sandbox.yaml) and the customer's pages. */
  readonly controlUrl: string;
  /** The sandbox itself, behind Prism (loopback, a free port). */
  readonly upstreamUrl: string;
  /** The control API over HTTP, as methods, for the base token's merchant. */
  readonly control: SandboxMerchantControl;
  /** The control API over HTTP for the merchant a token names; a TypeError for a token the sandbox does not take. */
  merchant(token: string): SandboxMerchant;
  /** Prism behind its front; `child` is the Prism process serving now (another one after a restart). */
  readonly prism: { readonly url: string; readonly port: number; readonly child: PrismChild; close(): Promise<void> };
  /** Resolves once `close()` is done; rejects when Prism could not be kept running. */
  readonly closed: Promise<void>;
  /** Stops Prism and both servers; resolves when they are down. */
  close(): Promise<void>;
}
