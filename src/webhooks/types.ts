// The webhook event types, all derived from the `webhooks` section of openapi.yaml (generated/schema.ts).
import type { webhooks } from '../../generated/schema.js';

type JsonBody<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer Body } } }
  ? Body
  : never;

/** Every `eventType` the spec describes, such as `'payout-target.update'`. */
export type WebhookEventType = keyof webhooks & string;

/**
 * A verified webhook envelope: `{ webhookId, timestamp, eventType, event }`. A union on `eventType`, so checking
 * `eventType` narrows `event` to the object that changed (a `PayinLink` for `'payin-link.update'`, a
 * `PayoutRequest` for `'payout-request.update'`, and so on for all six event types).
 */
export type WebhookEvent = { [Type in WebhookEventType]: JsonBody<NonNullable<webhooks[Type]['post']>> }[WebhookEventType];

/** The envelope of one event type: `WebhookEventOf<'payout-request.update'>['event']` is a `PayoutRequest`. */
export type WebhookEventOf<Type extends WebhookEventType> = Extract<WebhookEvent, { eventType: Type }>;

/** `payin-link.update`: a payin link changed status (for example, the payer paid it and it is approved). */
export type PayinLinkUpdateWebhook = WebhookEventOf<'payin-link.update'>;
/** `payin-source.update`: a payin source changed status (for example, the payer authorised it and it is active). */
export type PayinSourceUpdateWebhook = WebhookEventOf<'payin-source.update'>;
/** `payin-request.update`: a payin request changed status. */
export type PayinRequestUpdateWebhook = WebhookEventOf<'payin-request.update'>;
/** `payin-settlement.update`: a payin settlement changed (listed only in Palomma's older documentation). */
export type PayinSettlementUpdateWebhook = WebhookEventOf<'payin-settlement.update'>;
/** `payout-target.update`: a payout target changed (for example, the customer verified it and it is active). */
export type PayoutTargetUpdateWebhook = WebhookEventOf<'payout-target.update'>;
/** `payout-request.update`: a payout request changed status. */
export type PayoutRequestUpdateWebhook = WebhookEventOf<'payout-request.update'>;

/** How `X-Signature` writes the HMAC-SHA-256 digest as text. Palomma does not say; `'hex'` is the default here. */
export type WebhookSignatureEncoding = 'hex' | 'base64';

/**
 * Request headers: a fetch `Headers`, or a plain object such as Node's `request.headers`. Names are matched
 * case-insensitively.
 */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The two headers Palomma signs a delivery with. (A type alias, so it can be passed as `WebhookHeaders`.) */
export type SignedWebhookHeaders = {
  'X-Encoded-Data': string;
  'X-Signature': string;
};
