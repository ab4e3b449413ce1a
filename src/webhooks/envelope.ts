// The signed data as an envelope: Base64, then UTF-8, then JSON, then the four fields every event type shares, an
// event type the spec describes, and (when asked) a timestamp inside the replay window.
import type { ValidationIssue } from '../client/errors.js';
import { describe } from './describe.js';
import { decodeBase64, fromUtf8 } from './encoding.js';
import { PalommaWebhookPayloadError, PalommaWebhookSignatureError } from './errors.js';
import { encodedDataHeader } from './headers.js';
import type { WebhookEventType } from './types.js';

// Every event type in the spec's `webhooks`. Typed against the generated union, so adding or removing a webhook
// in openapi.yaml fails the type check until this list matches.
export const knownEventTypes: { readonly [Type in WebhookEventType]: true } = {
  'payout-target.update': true,
  'payout-request.update': true,
  'payin-link.update': true,
  'payin-source.update': true,
  'payin-request.update': true,
  'payin-settlement.update': true,
};

/** Whether the spec describes `eventType` (so verifyWebhook returns it typed). */
export const isKnownEventType = (eventType: string): eventType is WebhookEventType => Object.hasOwn(knownEventTypes, eventType);

export function checkAge(webhookId: string, timestamp: string, maxAge: number): void {
  const age = (Date.now() - Date.parse(timestamp)) / 1000;
  if (Math.abs(age) > maxAge) {
    const when = age > 0 ? `${Math.round(age)} s old` : `${Math.round(-age)} s in the future`;
    throw new PalommaWebhookSignatureError('expired', `webhook ${webhookId}: its timestamp is ${when}, outside maxAge (${maxAge} s)`);
  }
}

export function decodeEnvelope(encodedData: string): unknown {
  const bytes = decodeBase64(encodedData);
  if (!bytes) {
    throw new PalommaWebhookPayloadError('base64', [{ path: encodedDataHeader, message: 'is not valid Base64' }]);
  }
  let text: string;
  try {
    text = fromUtf8(bytes);
  } catch (cause) {
    throw new PalommaWebhookPayloadError('utf8', [{ path: encodedDataHeader, message: 'does not decode to UTF-8 text' }], { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new PalommaWebhookPayloadError('json', [{ path: encodedDataHeader, message: 'does not decode to JSON' }], { cause });
  }
}

// RFC 3339 date-time, the spec's `format: date-time`.
const dateTime = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The envelope-level checks: the four fields every event type shares. */
export function envelopeIssues(envelope: unknown): ValidationIssue[] {
  if (!isObject(envelope)) return [{ path: '', message: `must be an object; got ${describe(envelope)}` }];
  const issues: ValidationIssue[] = [];
  const { webhookId, timestamp, eventType, event } = envelope;
  if (typeof webhookId !== 'string' || webhookId === '') issues.push({ path: 'webhookId', message: `must be a non-empty string; got ${describe(webhookId)}` });
  if (typeof timestamp !== 'string' || !dateTime.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
    issues.push({ path: 'timestamp', message: `must be an ISO 8601 date-time string; got ${describe(timestamp)}` });
  }
  if (typeof eventType !== 'string' || eventType === '') issues.push({ path: 'eventType', message: `must be a non-empty string; got ${describe(eventType)}` });
  if (!isObject(event)) issues.push({ path: 'event', message: `must be an object; got ${describe(event)}` });
  return issues;
}
