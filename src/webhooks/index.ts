// Webhooks: verify Palomma's signed deliveries, read them as typed events, drop redeliveries, and receive them
// with one Web-standard handler.
export { verifyWebhook } from './verify.js';
export { type VerifyWebhookOptions } from './options.js';
export { signWebhook, signWebhookData, encodeWebhookData, type SignWebhookOptions } from './sign.js';
export { importIntegrityKey } from './keys.js';
export { encodedDataHeader, signatureHeader } from './headers.js';
export {
  PalommaWebhookSignatureError,
  PalommaWebhookPayloadError,
  PalommaWebhookUnknownEventError,
  PalommaWebhookInProgressError,
  type WebhookSignatureProblem,
  type WebhookPayloadProblem,
} from './errors.js';
export {
  createWebhookDeduper,
  seenWebhookIds,
  type WebhookIdStore,
  type MemoryWebhookIdStore,
  type WebhookDeduper,
  type DedupedResult,
} from './dedupe.js';
export type {
  WebhookEvent,
  WebhookEventType,
  WebhookEventOf,
  PayinLinkUpdateWebhook,
  PayinSourceUpdateWebhook,
  PayinRequestUpdateWebhook,
  PayinSettlementUpdateWebhook,
  PayoutTargetUpdateWebhook,
  PayoutRequestUpdateWebhook,
  WebhookSignatureEncoding,
  WebhookHeaders,
  SignedWebhookHeaders,
} from './types.js';
export {
  createWebhookHandler,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookDelivery,
  type WebhookEventListener,
  type WebhookEventHandlers,
  type UnknownWebhookEvent,
  type WebhookErrorContext,
} from './handler.js';
export {
  createMemoryWebhookStore,
  type WebhookStore,
  type WebhookClaim,
  type MemoryWebhookStore,
  type MemoryWebhookStoreOptions,
} from './store.js';
