// createWebhookHandler: a Web-standard (Request) => Response receiver: verify, de-duplicate through a store, hand
// the typed event to the merchant's code, and answer with the status that makes Palomma retry or stop.
import { PalommaConfigError } from '../client/errors.js';
import { createWebhookDeduper } from './dedupe.js';
import {
  PalommaWebhookInProgressError,
  PalommaWebhookPayloadError,
  PalommaWebhookSignatureError,
  PalommaWebhookUnknownEventError,
} from './errors.js';
import { createMemoryWebhookStore, isWebhookStore, type WebhookStore } from './store.js';
import type { WebhookEvent, WebhookEventOf, WebhookEventType } from './types.js';
import { isKnownEventType } from './envelope.js';
import { checkIntegrityKey } from './keys.js';
import { checkVerifyOptions, type VerifyWebhookOptions } from './options.js';
import { verifyWebhook } from './verify.js';

/** A Web-standard request handler: Next.js route handlers, Hono, Bun, Deno and Cloudflare Workers take it as is. */
export type WebhookHandler = (request: Request) => Promise<Response>;

/** What `onEvent` gets beside the event: the delivery it came in. */
export interface WebhookDelivery {
  /** The same on every redelivery of the event: what the store de-duplicates on. */
  readonly webhookId: string;
  /** The HTTP request, its signature already checked. */
  readonly request: Request;
}

/**
 * An authentic delivery of an event type this package does not describe (Palomma may add some). Only the map form
 * of `onEvent` sees these, in its `default` entry; its `event` is not passed on, since nothing says what it holds.
 */
export interface UnknownWebhookEvent {
  readonly webhookId: string;
  readonly eventType: string;
}

/** `onEvent` as one function: gets every event type the spec describes, narrowed by `eventType`. */
export type WebhookEventListener = (event: WebhookEvent, delivery: WebhookDelivery) => unknown;

/**
 * `onEvent` as a map: one function per event type, each typed for its own event, and a `default` that is
 * required, so nothing authentic is acknowledged without your code seeing it: it gets the types left out of the
 * map and those this package does not know.
 */
export type WebhookEventHandlers = {
  readonly [Type in WebhookEventType]?: (event: WebhookEventOf<Type>, delivery: WebhookDelivery) => unknown;
} & {
  readonly default: (event: WebhookEvent | UnknownWebhookEvent, delivery: WebhookDelivery) => unknown;
};

/** Why the handler answered as it did, for your logs; never the key or the payload. */
export interface WebhookErrorContext {
  /** The status answered: 400, 401, 500 or 503. */
  readonly status: number;
  /** Known once the signature has been checked. */
  readonly webhookId: string | undefined;
}

export interface WebhookHandlerOptions extends Pick<VerifyWebhookOptions, 'signatureEncoding' | 'validateEvent' | 'onWarning' | 'maxAge'> {
  /** Your merchant integrity key from Palomma, or a CryptoKey from `importIntegrityKey()`. Never in an answer or an error. */
  integrityKey: string | CryptoKey;
  /** Your code. It runs once per `webhookId`; when it throws, the answer is 500 and Palomma's redelivery runs it again. */
  onEvent: WebhookEventListener | WebhookEventHandlers;
  /**
   * Who has processed what. Default: {@link createMemoryWebhookStore}, right for one receiver process. With several,
   * pass a shared one (`createRedisWebhookStore` from `palomma-openapi/webhooks/redis`).
   */
  store?: WebhookStore;
  /** Told about every 400, 401, 500 and 503 answered. Default: `console.error` for the 5xx ones only. */
  onError?: (error: unknown, context: WebhookErrorContext) => void;
}

/**
 * A webhook receiver as a Web-standard `(request: Request) => Promise<Response>`: it checks the signature, reads
 * the typed event, claims its `webhookId` in `store`, runs `onEvent`, and answers
 *
 * - 200 when the event was processed, now or before (a redelivery);
 * - 401 when the signature is missing, malformed or wrong (or, with `maxAge`, the delivery is too old);
 * - 400 when the signed data is not a webhook envelope;
 * - 409 while another receiver is processing the same `webhookId`, so Palomma delivers it again later: no
 *   delivery is acknowledged before its work is done;
 * - 500 when `onEvent` throws (the claim is released, so the redelivery is processed), 503 when the store fails;
 * - 405 for anything but POST.
 *
 * Answers are short JSON, with no key, token or payload in them. For Node's `(req, res)` servers (node:http,
 * Express, Fastify) wrap it with `toNodeListener` from `palomma-openapi/webhooks/node`.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const { integrityKey, onEvent, store = createMemoryWebhookStore(), onError = logServerErrors } = options ?? ({} as WebhookHandlerOptions);
  const { signatureEncoding, validateEvent, onWarning, maxAge } = options ?? {};
  const verifyOptions = { signatureEncoding, validateEvent, onWarning, maxAge };
  checkIntegrityKey(integrityKey);
  checkVerifyOptions(verifyOptions);
  checkOnEvent(onEvent);
  if (!isWebhookStore(store)) throw new PalommaConfigError('createWebhookHandler: store must have claim, complete and release (a WebhookStore)');
  if (typeof onError !== 'function') throw new PalommaConfigError('createWebhookHandler: onError must be a function');
  const deduper = createWebhookDeduper(store);

  const report = (error: unknown, status: number, webhookId?: string) => {
    try {
      onError(error, { status, webhookId });
    } catch {
      // A failing logger must not change the answer.
    }
  };

  return async function handleWebhook(request: Request): Promise<Response> {
    if (request.method !== 'POST') return answer(405, { error: 'webhooks are delivered with POST' }, { allow: 'POST' });
    let delivery: WebhookEvent | UnknownWebhookEvent;
    let known = true;
    try {
      delivery = await verifyWebhook({ headers: request.headers, integrityKey, ...verifyOptions });
    } catch (error) {
      if (error instanceof PalommaWebhookUnknownEventError) {
        delivery = { webhookId: error.webhookId, eventType: error.eventType };
        known = false;
      } else {
        const status = error instanceof PalommaWebhookSignatureError ? 401 : error instanceof PalommaWebhookPayloadError ? 400 : 500;
        report(error, status);
        if (status === 401) return answer(401, { error: `the webhook signature was rejected (${(error as PalommaWebhookSignatureError).reason})` });
        if (status === 400) return answer(400, { error: `the webhook delivery is malformed (${(error as PalommaWebhookPayloadError).reason})` });
        return answer(500, { error: 'the webhook could not be checked; retry later' });
      }
    }

    const { webhookId } = delivery;
    const listener = listenerFor(onEvent, known ? (delivery.eventType as WebhookEventType) : undefined);
    if (!listener) return answer(200, { status: 'processed' }); // a type the package does not know, and no map to take it
    let eventFailed = false;
    try {
      const outcome = await deduper.handle({ webhookId }, async () => {
        try {
          return await listener(delivery as never, { webhookId, request });
        } catch (error) {
          eventFailed = true;
          throw error;
        }
      });
      return answer(200, { status: outcome.duplicate ? 'already processed' : 'processed' });
    } catch (error) {
      if (error instanceof PalommaWebhookInProgressError) {
        return answer(409, { error: 'this webhook is being processed by another receiver; retry later' });
      }
      const status = eventFailed ? 500 : 503;
      report(error, status, webhookId);
      return eventFailed
        ? answer(500, { error: 'processing this webhook failed; retry later' })
        : answer(503, { error: 'the webhook store is unavailable; retry later' });
    }
  };
}

/** The function that takes this event type: the map's entry for it or its `default`; undefined when none does. */
function listenerFor(onEvent: WebhookEventListener | WebhookEventHandlers, eventType: WebhookEventType | undefined) {
  if (typeof onEvent === 'function') return eventType === undefined ? undefined : onEvent;
  return ((eventType && onEvent[eventType]) ?? onEvent.default) as (event: unknown, delivery: WebhookDelivery) => unknown;
}

function checkOnEvent(onEvent: unknown): void {
  if (typeof onEvent === 'function') return;
  if (!onEvent || typeof onEvent !== 'object') {
    throw new PalommaConfigError('createWebhookHandler: onEvent must be a function, or a map of event types to functions with a default');
  }
  for (const [key, value] of Object.entries(onEvent)) {
    if (key !== 'default' && !isKnownEventType(key)) {
      throw new PalommaConfigError(`createWebhookHandler: onEvent has ${JSON.stringify(key)}, which is not an event type the spec describes`);
    }
    if (typeof value !== 'function') throw new PalommaConfigError(`createWebhookHandler: onEvent[${JSON.stringify(key)}] must be a function`);
  }
  if (!Object.hasOwn(onEvent, 'default')) {
    throw new PalommaConfigError('createWebhookHandler: onEvent as a map needs a default, for the event types it leaves out and those this package does not know');
  }
}

function answer(status: number, body: Record<string, string>, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });
}

function logServerErrors(error: unknown, { status, webhookId }: WebhookErrorContext): void {
  if (status >= 500) console.error(`palomma-openapi webhook handler: answered ${status}${webhookId ? ` for webhook ${webhookId}` : ''}:`, error);
}
