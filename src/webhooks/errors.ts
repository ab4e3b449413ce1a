// The errors verifyWebhook throws. None of them carries the integrity key or a header's value.
import { formatIssues, PalommaError, type ValidationIssue } from '../client/errors.js';

/** Why a delivery's signature was rejected. */
export type WebhookSignatureProblem = 'missing-header' | 'duplicate-header' | 'malformed-signature' | 'mismatch' | 'expired';

/**
 * The delivery cannot be shown to come from Palomma: a header is missing or repeated, `X-Signature` is not a digest
 * in the expected encoding, or it does not match. Answer 401 (or 400) and do not act on the delivery. With the
 * opt-in `maxAge`, also an authentic delivery whose timestamp is outside the window (`reason: 'expired'`).
 */
export class PalommaWebhookSignatureError extends PalommaError {
  override name = 'PalommaWebhookSignatureError';
  readonly reason: WebhookSignatureProblem;

  constructor(reason: WebhookSignatureProblem, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** Which step of reading a correctly signed delivery failed. */
export type WebhookPayloadProblem = 'base64' | 'utf8' | 'json' | 'envelope' | 'validation';

/**
 * The signature matched, but the data is not a webhook envelope this package can read: not Base64, not UTF-8
 * JSON, not `{ webhookId, timestamp, eventType, event }`, or rejected by the `validate` hook. `issues` says where.
 */
export class PalommaWebhookPayloadError extends PalommaError {
  override name = 'PalommaWebhookPayloadError';
  readonly reason: WebhookPayloadProblem;
  readonly issues: ValidationIssue[];

  constructor(reason: WebhookPayloadProblem, issues: ValidationIssue[], options: { cause?: unknown } = {}) {
    super(`webhook payload is not usable (${reason}): ${formatIssues(issues, '(envelope)')}`, options);
    this.reason = reason;
    this.issues = issues;
  }
}

/**
 * A correctly signed, well-formed envelope whose `eventType` the spec does not describe (Palomma may add event
 * types). It is authentic, so answering 200 and logging it stops Palomma from retrying; its `event` is not
 * returned.
 */
export class PalommaWebhookUnknownEventError extends PalommaError {
  override name = 'PalommaWebhookUnknownEventError';
  readonly eventType: string;
  readonly webhookId: string;

  constructor(eventType: string, webhookId: string) {
    super(`webhook ${webhookId}: event type ${JSON.stringify(eventType)} is not described by this package`);
    this.eventType = eventType;
    this.webhookId = webhookId;
  }
}

/**
 * Another receiver holds the claim on this `webhookId` (its lease has not ended): the delivery is being processed
 * elsewhere right now. Answer 409, so Palomma delivers it again later, when it will be found processed (or, if that
 * processing failed and released the claim, be processed then).
 */
export class PalommaWebhookInProgressError extends PalommaError {
  override name = 'PalommaWebhookInProgressError';
  readonly webhookId: string;

  constructor(webhookId: string) {
    super(`webhook ${webhookId} is being processed by another receiver; it was not processed here`);
    this.webhookId = webhookId;
  }
}
