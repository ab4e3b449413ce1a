// verifyWebhook: HMAC-SHA-256 over X-Encoded-Data with Web Crypto (Node 20, Deno, Bun, browsers), then the envelope.
import { utf8 } from './encoding.js';
import { checkAge, decodeEnvelope, envelopeIssues, isKnownEventType } from './envelope.js';
import { PalommaWebhookPayloadError, PalommaWebhookSignatureError, PalommaWebhookUnknownEventError } from './errors.js';
import { decodeSignature, encodedDataHeader, readHeader, signatureHeader } from './headers.js';
import { hmacKey, keyOperation, webCrypto } from './keys.js';
import { checkVerifyOptions, type VerifyWebhookOptions } from './options.js';
import { webhookSpecIssues } from './spec-validation.js';
import type { WebhookEvent } from './types.js';

/**
 * Checks a webhook delivery and returns its envelope, typed by `eventType`.
 *
 * In order: `X-Signature` must be the HMAC-SHA-256 of the exact `X-Encoded-Data` string under the integrity key
 * (compared in constant time by Web Crypto); only then is `X-Encoded-Data` Base64-decoded, read as UTF-8 JSON and
 * checked to be `{ webhookId, timestamp, eventType, event }` with an `eventType` the spec describes; finally
 * `validate`, if given, runs. The request body is never read: the signature does not cover it.
 *
 * `event` is checked against the spec's schema for its type (see `validateEvent`) and returned as Palomma sent it.
 *
 * @throws {PalommaWebhookSignatureError} a header is missing, the signature is malformed or does not match.
 * @throws {PalommaWebhookPayloadError} the signed data is not Base64 UTF-8 JSON of an envelope, or `validate` objected.
 * @throws {PalommaWebhookUnknownEventError} an authentic envelope of an event type the spec does not describe.
 * @throws {PalommaConfigError} no integrity key, an unknown `signatureEncoding`, or no Web Crypto.
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const { headers, integrityKey, signatureEncoding = 'hex', validate, validateEvent = 'warn', onWarning, maxAge } =
    options ?? ({} as VerifyWebhookOptions);
  const subtle = webCrypto();
  checkVerifyOptions({ signatureEncoding, validate, validateEvent, onWarning, maxAge });
  const key = await hmacKey(subtle, integrityKey, 'verify');

  const encodedData = readHeader(headers, encodedDataHeader);
  const signatureText = readHeader(headers, signatureHeader);
  const signature = decodeSignature(signatureText, signatureEncoding);
  const valid = await keyOperation(() => subtle.verify('HMAC', key, signature, utf8(encodedData)));
  if (!valid) {
    throw new PalommaWebhookSignatureError(
      'mismatch',
      `${signatureHeader} does not match ${encodedDataHeader} under this integrity key (checked as ${signatureEncoding})`,
    );
  }

  const envelope = decodeEnvelope(encodedData);
  const issues = envelopeIssues(envelope);
  if (issues.length) throw new PalommaWebhookPayloadError('envelope', issues);
  const { eventType, webhookId, timestamp } = envelope as { eventType: string; webhookId: string; timestamp: string };
  if (maxAge !== undefined) checkAge(webhookId, timestamp, maxAge);
  if (!isKnownEventType(eventType)) throw new PalommaWebhookUnknownEventError(eventType, webhookId);

  if (validateEvent !== 'off') {
    const drift = webhookSpecIssues(eventType, envelope);
    if (drift.length) {
      const problem = new PalommaWebhookPayloadError('validation', drift);
      if (validateEvent === 'throw') throw problem;
      (onWarning ?? ((warning) => console.warn(warning.message)))(problem);
    }
  }

  if (validate) {
    const found = await validate(envelope);
    if (found.length) throw new PalommaWebhookPayloadError('validation', found);
  }
  return envelope as WebhookEvent;
}
