// verifyWebhook and signWebhook: HMAC-SHA-256 over X-Encoded-Data with Web Crypto (Node 20, Deno, Bun, browsers).
import { PalommaConfigError, type ValidationIssue } from '../client/errors.js';
import { decodeBase64, decodeHex, encodeBase64, encodeHex, fromUtf8, utf8 } from './encoding.js';
import { PalommaWebhookPayloadError, PalommaWebhookSignatureError, PalommaWebhookUnknownEventError } from './errors.js';
import { webhookSpecIssues, type WebhookValidationMode } from './spec-validation.js';
import type {
  SignedWebhookHeaders,
  WebhookEvent,
  WebhookEventType,
  WebhookHeaders,
  WebhookSignatureEncoding,
} from './types.js';

/** The header holding the Base64 JSON envelope; the signature covers this string exactly as received. */
export const encodedDataHeader = 'X-Encoded-Data';
/** The header holding the HMAC-SHA-256 of {@link encodedDataHeader}. */
export const signatureHeader = 'X-Signature';

// Every event type in the spec's `webhooks`. Typed against the generated union, so adding or removing a webhook
// in openapi.yaml fails the type check until this list matches.
const knownEventTypes: { readonly [Type in WebhookEventType]: true } = {
  'payout-target.update': true,
  'payout-request.update': true,
  'payin-link.update': true,
  'payin-source.update': true,
  'payin-request.update': true,
  'payin-settlement.update': true,
};

/** An HMAC-SHA-256 digest is 32 bytes. */
const digestLength = 32;

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
  checkEncoding(signatureEncoding);
  checkVerifyOptions({ validate, validateEvent, onWarning, maxAge });
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
  if (!Object.hasOwn(knownEventTypes, eventType)) throw new PalommaWebhookUnknownEventError(eventType, webhookId);

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

export interface SignWebhookOptions {
  /** The envelope to send. Any JSON value is accepted, so tests can sign envelopes that are wrong on purpose. */
  envelope: WebhookEvent | Readonly<Record<string, unknown>>;
  integrityKey: string | CryptoKey;
  /** Defaults to `'hex'`, like {@link verifyWebhook}. */
  signatureEncoding?: WebhookSignatureEncoding;
}

/**
 * Builds the two headers Palomma would send for `envelope`: its JSON, UTF-8 and Base64-encoded, and the
 * HMAC-SHA-256 of that string. For tests, mocks and local tools; also Web Crypto only.
 */
export async function signWebhook(options: SignWebhookOptions): Promise<SignedWebhookHeaders> {
  const encodedData = encodeWebhookData(options.envelope);
  const signature = await signWebhookData({ ...options, encodedData });
  return { [encodedDataHeader]: encodedData, [signatureHeader]: signature } as SignedWebhookHeaders;
}

/** Base64 (standard, padded) of the UTF-8 JSON of `value`: what Palomma puts in `X-Encoded-Data`. */
export function encodeWebhookData(value: unknown): string {
  return encodeBase64(utf8(JSON.stringify(value)));
}

/** The `X-Signature` for an `X-Encoded-Data` string, in the given encoding (hex by default). */
export async function signWebhookData(options: {
  encodedData: string;
  integrityKey: string | CryptoKey;
  signatureEncoding?: WebhookSignatureEncoding;
}): Promise<string> {
  const { encodedData, integrityKey, signatureEncoding = 'hex' } = options;
  const subtle = webCrypto();
  checkEncoding(signatureEncoding);
  const key = await hmacKey(subtle, integrityKey, 'sign');
  const digest = new Uint8Array(await keyOperation(() => subtle.sign('HMAC', key, utf8(encodedData))));
  return signatureEncoding === 'hex' ? encodeHex(digest) : encodeBase64(digest);
}

/**
 * Turns the integrity key into a non-extractable Web Crypto key once, so a busy receiver does not import it on
 * every delivery. Pass the result as `integrityKey`.
 */
export async function importIntegrityKey(integrityKey: string): Promise<CryptoKey> {
  if (typeof integrityKey !== 'string') throw new PalommaConfigError(`integrityKey: must be the merchant integrity key from Palomma, a string; got ${describeOption(integrityKey)}`);
  return hmacKey(webCrypto(), integrityKey, 'verify');
}

const validationModes: readonly unknown[] = ['off', 'warn', 'throw'];

function checkVerifyOptions(options: { validate?: unknown; validateEvent?: unknown; onWarning?: unknown; maxAge?: unknown }): void {
  const { validate, validateEvent, onWarning, maxAge } = options;
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

// An option's wrong value, described without echoing a string: a caller who mixed up arguments could be passing the key.
const describeOption = (value: unknown) =>
  typeof value === 'string' ? `a ${value.length}-character string` : typeof value === 'number' ? String(value) : describe(value);

function checkAge(webhookId: string, timestamp: string, maxAge: number): void {
  const age = (Date.now() - Date.parse(timestamp)) / 1000;
  if (Math.abs(age) > maxAge) {
    const when = age > 0 ? `${Math.round(age)} s old` : `${Math.round(-age)} s in the future`;
    throw new PalommaWebhookSignatureError('expired', `webhook ${webhookId}: its timestamp is ${when}, outside maxAge (${maxAge} s)`);
  }
}

// Web Crypto rejects a key it cannot use with a bare DOMException; say which option is wrong instead.
async function keyOperation<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (cause) {
    throw new PalommaConfigError('integrityKey: Web Crypto could not use this key for HMAC-SHA-256', { cause: keyProblem(cause) });
  }
}

// Only the name of Web Crypto's error is kept: its message is not ours to vouch for.
const keyProblem = (cause: unknown) => new Error(cause instanceof Error ? cause.name : 'Error');

function webCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new PalommaConfigError('Web Crypto (globalThis.crypto.subtle) is not available; it is needed to check webhook signatures');
  }
  return subtle;
}

function checkEncoding(encoding: unknown): asserts encoding is WebhookSignatureEncoding {
  if (encoding !== 'hex' && encoding !== 'base64') {
    // The value is not echoed: a caller who swapped arguments could be passing the integrity key here.
    const got = typeof encoding === 'string' ? `a ${encoding.length}-character string` : typeof encoding;
    throw new PalommaConfigError(`signatureEncoding: must be 'hex' or 'base64'; got ${got}`);
  }
}

// A receiver verifies every delivery with the same key: importing it costs more than the check itself, so the
// last string key's (non-extractable) CryptoKey is kept.
let lastImported: { text: string; key: Promise<CryptoKey> } | undefined;

async function hmacKey(subtle: SubtleCrypto, integrityKey: unknown, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  if (typeof integrityKey === 'string') {
    if (integrityKey === '') throw new PalommaConfigError('integrityKey: the merchant integrity key from Palomma is required; it is empty');
    if (lastImported?.text !== integrityKey) {
      const key = subtle.importKey('raw', utf8(integrityKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
      lastImported = { text: integrityKey, key };
      key.catch(() => {
        if (lastImported?.key === key) lastImported = undefined;
      });
    }
    return lastImported.key;
  }
  const problem = keyKindProblem(integrityKey, usage);
  if (!problem) return integrityKey as CryptoKey;
  throw new PalommaConfigError(
    `integrityKey: must be the merchant integrity key from Palomma (a string) or an HMAC SHA-256 CryptoKey from importIntegrityKey(); got ${problem}`,
  );
}

/** Why `value` is not a CryptoKey usable to `usage` HMAC-SHA-256 digests; undefined when it is. */
function keyKindProblem(value: unknown, usage: 'sign' | 'verify'): string | undefined {
  const CryptoKeyClass = (globalThis as { CryptoKey?: abstract new () => CryptoKey }).CryptoKey;
  if (!value || typeof value !== 'object') return describeOption(value);
  if (CryptoKeyClass && !(value instanceof CryptoKeyClass)) return 'an object that is not a CryptoKey';
  const key = value as { type?: unknown; usages?: unknown; algorithm?: { name?: unknown; hash?: { name?: unknown } } };
  if (key.type !== 'secret') return `a ${String(key.type)} key, not a secret one`;
  if (key.algorithm?.name !== 'HMAC' || key.algorithm.hash?.name !== 'SHA-256') return 'a key for another algorithm';
  if (!Array.isArray(key.usages) || !key.usages.includes(usage)) return `a key whose usages do not include '${usage}'`;
  return undefined;
}

/** One header's value, by case-insensitive name; a missing, empty or repeated header is a signature error. */
function readHeader(headers: WebhookHeaders, name: string): string {
  if (!headers || typeof headers !== 'object') {
    throw new PalommaWebhookSignatureError('missing-header', `no request headers given, so no ${name} header`);
  }
  let values: string[];
  if (typeof (headers as Headers).get === 'function' && typeof (headers as Headers).forEach === 'function') {
    const value = (headers as Headers).get(name);
    values = value === null ? [] : [value];
  } else {
    const wanted = name.toLowerCase();
    values = Object.entries(headers as Record<string, unknown>)
      .filter(([key, value]) => key.toLowerCase() === wanted && value !== undefined)
      .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
      .map((value) => (typeof value === 'string' ? value : String(value)));
  }
  if (values.length === 0 || values.every((v) => v === '')) {
    throw new PalommaWebhookSignatureError('missing-header', `the ${name} header is missing or empty`);
  }
  if (values.length > 1) {
    throw new PalommaWebhookSignatureError('duplicate-header', `the ${name} header appears ${values.length} times; expected once`);
  }
  return values[0]!;
}

function decodeSignature(text: string, encoding: WebhookSignatureEncoding): Uint8Array<ArrayBuffer> {
  const bytes = encoding === 'hex' ? decodeHex(text, digestLength) : decodeBase64(text);
  if (!bytes || bytes.length !== digestLength) {
    const expected = encoding === 'hex' ? '64 hexadecimal digits' : 'Base64 of 32 bytes (44 characters)';
    throw new PalommaWebhookSignatureError(
      'malformed-signature',
      `${signatureHeader} is not an HMAC-SHA-256 digest in ${encoding}: expected ${expected}, got ${text.length} characters`,
    );
  }
  return bytes;
}

function decodeEnvelope(encodedData: string): unknown {
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
function envelopeIssues(envelope: unknown): ValidationIssue[] {
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

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value === '' ? 'an empty string' : JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return `a ${typeof value}`;
}
