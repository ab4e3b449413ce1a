// verifyWebhook's options: what each one means, and the checks that refuse a wrong one before any work is done.
import { PalommaConfigError, type ValidationIssue } from '../client/errors.js';
import { describeOption } from './describe.js';
import { checkEncoding } from './headers.js';
import type { PalommaWebhookPayloadError } from './errors.js';
import type { WebhookValidationMode } from './spec-validation.js';
import type { WebhookHeaders, WebhookSignatureEncoding } from './types.js';

export interface VerifyWebhookOptions {
  /** The delivery's request headers: a fetch `Headers` or a plain object like Node's `request.headers`. */
  headers: WebhookHeaders;
  /**
   * Your merchant integrity key from Palomma (its UTF-8 bytes are the HMAC key), or a key made once with
   * {@link importIntegrityKey}. Never put in an error.
   */
  integrityKey: string | CryptoKey;
  /**
   * How `X-Signature` encodes the digest. Palomma's documentation does not say; `'hex'` (64 hex digits, either
   * case) is the default, `'base64'` accepts standard or URL-safe Base64.
   */
  signatureEncoding?: WebhookSignatureEncoding;
  /**
   * Extra checks on the decoded envelope, run after the signature and the envelope's shape are checked (for
   * example, validation against the spec's schemas). Any issue returned rejects the delivery.
   */
  validate?: (envelope: unknown) => ValidationIssue[] | Promise<ValidationIssue[]>;
  /**
   * Checks the authentic envelope against the spec's schema for its event type. `'warn'` (the default) reports
   * drift through `onWarning` and still returns the event, so a field value the spec does not know yet (a new
   * status, say) never makes you reject a genuine delivery that Palomma would then retry; `'throw'` rejects it
   * with a PalommaWebhookPayloadError (`reason: 'validation'`); `'off'` skips the check.
   */
  validateEvent?: WebhookValidationMode;
  /** Receives `'warn'` reports. Default: `console.warn` of the message (paths and reasons, never the key). */
  onWarning?: (warning: PalommaWebhookPayloadError) => void;
  /**
   * Opt-in replay window, in seconds: reject an authentic delivery whose envelope `timestamp` is further than this
   * from now (either way), with a PalommaWebhookSignatureError (`reason: 'expired'`). Off by default, and use it
   * with care: Palomma redelivers a failed event with its original `timestamp`, so a redelivery that comes later
   * than `maxAge` is rejected too, and Palomma keeps retrying it. Pick a window longer than Palomma's retries,
   * and rely on the deduper, not on `maxAge`, to drop repeats.
   */
  maxAge?: number;
}

const validationModes: readonly unknown[] = ['off', 'warn', 'throw'];

/** The checks verifyWebhook makes on its options, for callers that take the same options up front (the handler). */
export function checkVerifyOptions(options: {
  signatureEncoding?: unknown;
  validate?: unknown;
  validateEvent?: unknown;
  onWarning?: unknown;
  maxAge?: unknown;
}): void {
  const { signatureEncoding = 'hex', validate, validateEvent = 'warn', onWarning, maxAge } = options;
  checkEncoding(signatureEncoding);
  if (!validationModes.includes(validateEvent)) {
    const near = typeof validateEvent === 'string' && validationModes.includes(validateEvent.toLowerCase());
    throw new PalommaConfigError(`validateEvent: must be 'off', 'warn' or 'throw'; got ${near ? `'${String(validateEvent)}' (the modes are lower case)` : describeOption(validateEvent)}`);
  }
  if (validate !== undefined && typeof validate !== 'function') throw new PalommaConfigError(`validate: must be a function; got ${describeOption(validate)}`);
  if (onWarning !== undefined && typeof onWarning !== 'function') throw new PalommaConfigError(`onWarning: must be a function; got ${describeOption(onWarning)}`);
  if (maxAge !== undefined && (typeof maxAge !== 'number' || !Number.isFinite(maxAge) || maxAge <= 0)) {
    throw new PalommaConfigError(`maxAge: must be a positive number of seconds; got ${describeOption(maxAge)}`);
  }
}
