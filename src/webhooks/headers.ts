// The two headers of a delivery: reading each exactly once, and the signature's two encodings.
import { PalommaConfigError } from '../client/errors.js';
import { decodeBase64, decodeHex } from './encoding.js';
import { PalommaWebhookSignatureError } from './errors.js';
import type { WebhookHeaders, WebhookSignatureEncoding } from './types.js';

/** The header holding the Base64 JSON envelope; the signature covers this string exactly as received. */
export const encodedDataHeader = 'X-Encoded-Data';
/** The header holding the HMAC-SHA-256 of {@link encodedDataHeader}. */
export const signatureHeader = 'X-Signature';

/** An HMAC-SHA-256 digest is 32 bytes. */
const digestLength = 32;

export function checkEncoding(encoding: unknown): asserts encoding is WebhookSignatureEncoding {
  if (encoding !== 'hex' && encoding !== 'base64') {
    // The value is not echoed: a caller who swapped arguments could be passing the integrity key here.
    const got = typeof encoding === 'string' ? `a ${encoding.length}-character string` : typeof encoding;
    throw new PalommaConfigError(`signatureEncoding: must be 'hex' or 'base64'; got ${got}`);
  }
}

/** One header's value, by case-insensitive name; a missing, empty or repeated header is a signature error. */
export function readHeader(headers: WebhookHeaders, name: string): string {
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

export function decodeSignature(text: string, encoding: WebhookSignatureEncoding): Uint8Array<ArrayBuffer> {
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
