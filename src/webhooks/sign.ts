// signWebhook and the pieces it is made of: the envelope encoded as Palomma sends it, and its HMAC-SHA-256.
import { encodeBase64, encodeHex, utf8 } from './encoding.js';
import { checkEncoding, encodedDataHeader, signatureHeader } from './headers.js';
import { hmacKey, keyOperation, webCrypto } from './keys.js';
import type { SignedWebhookHeaders, WebhookEvent, WebhookSignatureEncoding } from './types.js';

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
