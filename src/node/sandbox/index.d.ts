// Types for palomma-openapi/sandbox: a stateful Palomma sandbox, in process or on ports behind Prism.
/** The parts of the Prism child process a caller may need (Node's ChildProcess; typed here without Node's types). */
export interface PrismChild {
  readonly pid?: number;
  readonly exitCode: number | null;
  kill(signal?: string | number): boolean;
  once(event: 'exit', listener: (code: number | null, signal: string | null) => void): unknown;
  off(event: 'exit', listener: (...args: any[]) => void): unknown;
}

/** The public default API key (`palomma-sandbox-token`): the sandbox moves no money. */
export declare const defaultToken: string;
/** The public default webhook integrity key. */
export declare const defaultIntegrityKey: string;

/** A scenario value: an input ending in `endsWith` decides the outcome when auto-advance is on. */
export interface Scenario {
  endsWith: string;
  status: string;
  statusMessage?: string;
  note?: string;
}
/** Account numbers (payout targets, payin sources) by their last four digits. */
export declare const accountScenarios: readonly Scenario[];
/** Amounts (payin links, payin requests, payout requests) by their last three digits. */
export declare const amountScenarios: readonly Scenario[];

export interface SandboxOptions {
  /** The OpenAPI file whose operations the sandbox serves. Defaults to the package's openapi.yaml. */
  spec?: string | URL;
  /** The one API key accepted; any other gets 401. Default {@link defaultToken}. */
  token?: string;
  /** Signs webhooks (HMAC-SHA-256 of X-Encoded-Data keyed with its UTF-8 bytes, hex). Default {@link defaultIntegrityKey}. */
  integrityKey?: string;
  /** Where webhooks are delivered, each change to each URL. */
  webhookUrls?: string[];
  /** How deliveries are sent (default: the global fetch). In process, point it at your receiver. */
  webhookFetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Milliseconds after which waiting objects reach their planned outcome, or `'off'` (the default). */
  autoAdvance?: number | 'off';
  /** Waits before each redelivery of a failed webhook, in ms (default 1 s, 5 s, 30 s, 2 min, 10 min). */
  retryDelays?: number[];
  /** How long one delivery attempt may take, in ms (default 5000). */
  webhookTimeoutMs?: number;
  /** One line per delivery attempt (never the key or a signature). */
  log?: (line: string) => void;
}

/** A control call the sandbox refused: 400 (bad input), 404 (unknown id) or 409 (not allowed in its state). */
export declare class SandboxControlError extends Error {
  readonly status: number;
  constructor(status: number, message: string);
}

export type AuthorizeOutcome = { outcome: 'active' | 'cancelled'; statusMessage?: string };
export type PaymentOutcome = { outcome: 'approved' | 'cancelled'; statusMessage?: string };
export type PayinRequestOutcome = { outcome: 'approved' | 'partial' | 'cancelled'; amountCollected?: number; statusMessage?: string };

/** One webhook sent to one URL and its attempts (`GET /webhookDeliveries`). */
export interface WebhookDelivery {
  webhookId: string;
  timestamp: string;
  eventType: string;
  eventId?: string;
  url: string;
  state: 'pending' | 'retrying' | 'delivered' | 'failed';
  attempts: Array<{ at: string; status?: number; error?: string; ms: number }>;
}

/** The control API (sandbox.yaml) as methods; each resolves with the updated object. */
export interface SandboxControl {
  authorizePayoutTarget(payoutTargetId: string, body: AuthorizeOutcome): Promise<Record<string, unknown>>;
  authorizePayinSource(payinSourceId: string, body: AuthorizeOutcome): Promise<Record<string, unknown>>;
  payPayinLink(payinLinkId: string, body: PaymentOutcome): Promise<Record<string, unknown>>;
  completePayoutRequest(payoutRequestId: string, body: PaymentOutcome): Promise<Record<string, unknown>>;
  completePayinRequest(payinRequestId: string, body: PayinRequestOutcome): Promise<Record<string, unknown>>;
  /** Settles the account's collected payins into a new payin settlement (and sends its webhook). */
  settleMerchantAccount(merchantAccountId: string): Promise<Record<string, unknown>>;
  webhookDeliveries(): Promise<WebhookDelivery[]>;
  /** Forgets everything: objects, deliveries, pending retries. */
  reset(): Promise<void>;
}

/** The answer the sandbox gave outside the spec (in process these become 500s, and are kept here). */
export interface SandboxViolation {
  operationId: string;
  status: number;
  detail: string;
}

export interface Sandbox {
  /** The API key to give the client. */
  readonly token: string;
  /** The Palomma API as a fetch function: `createPalommaClient({ token, fetch: sandbox.fetch })`. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  readonly control: SandboxControl & {
    /** The control API and the customer's pages (authUrl, paymentUrl) as a fetch function. */
    fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
    /** Resolves once every webhook delivery has been answered or given up on. */
    webhooksSettled(): Promise<void>;
  };
  /** Answers that broke the spec (each was turned into a 500). Empty when all is well. */
  readonly violations: readonly SandboxViolation[];
  /** Cancels pending auto-advances and redeliveries. */
  close(): void;
}

/** A sandbox with no port, every answer checked by the spec's generated validators. */
export declare function createSandbox(options?: SandboxOptions): Sandbox;

export interface SandboxServerOptions extends SandboxOptions {
  /** The port clients call: Prism's validating proxy (default 4020; 0 picks a free one). */
  port?: number;
  /** The control API and the customer's pages (default 4021; 0 picks a free one). */
  controlPort?: number;
  /** Default 127.0.0.1; anything but loopback needs `allowRemote`. */
  host?: string;
  allowRemote?: boolean;
  /** How long Prism may take to start, in ms (default 30000). */
  prismTimeoutMs?: number;
  /** Receives Prism's log output. */
  onPrismLog?: (text: string) => void;
  /**
   * Where the control API is reached from outside, when something forwards to it (the customer's pages in
   * `authUrl` and `paymentUrl` are linked from there). Default: `controlUrl`.
   */
  publicControlUrl?: string | (() => string | undefined);
}

export interface SandboxServer {
  /** Where clients call the API: Prism's validating proxy in front of the sandbox. */
  readonly url: string;
  /** The control API (sandbox.yaml) and the customer's pages. */
  readonly controlUrl: string;
  /** The sandbox itself, behind Prism (loopback, a free port). */
  readonly upstreamUrl: string;
  /** The control API over HTTP, as methods. */
  readonly control: SandboxControl & {
    /** Resolves once every webhook delivery has been answered or given up on. */
    webhooksSettled(): Promise<void>;
  };
  /** The Prism process. */
  readonly prism: { readonly url: string; readonly port: number; readonly child: PrismChild; close(): Promise<void> };
  /** Stops Prism and both servers; resolves when they are down. */
  close(): Promise<void>;
}

/** Starts the sandbox and `prism proxy openapi.yaml <sandbox> --errors` in front of it. */
export declare function startSandboxServer(options?: SandboxServerOptions): Promise<SandboxServer>;

/** The headers and body of a webhook delivery, signed as the sandbox signs them. */
export declare function signDelivery(
  envelope: unknown,
  integrityKey: string,
): { body: string; headers: { 'content-type': string; 'X-Encoded-Data': string; 'X-Signature': string } };

/** The control API as methods over any transport (used by createSandbox; handy over HTTP too). */
export declare function controlClient(
  send: (method: string, path: string, bodyText?: string) => Promise<{ status: number; body: any }>,
  routes: ReadonlyArray<{ operationId: string; method: string; template: string }>,
): SandboxControl;
