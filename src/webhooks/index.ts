// Webhooks: verify Palomma's signed deliveries, read them as typed events, and drop redeliveries.
export {
  verifyWebhook,
  signWebhook,
  signWebhookData,
  encodeWebhookData,
  importIntegrityKey,
  encodedDataHeader,
  signatureHeader,
  type VerifyWebhookOptions,
  type SignWebhookOptions,
} from './verify.js';
export {
  PalommaWebhookSignatureError,
  PalommaWebhookPayloadError,
  PalommaWebhookUnknownEventError,
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
