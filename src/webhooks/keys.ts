// The integrity key as Web Crypto uses it: imported once per string key, checked to be an HMAC SHA-256 key of the
// right kind, and Web Crypto's own errors turned into a PalommaConfigError that names the option.
import { PalommaConfigError } from '../client/errors.js';
import { describeOption } from './describe.js';
import { utf8 } from './encoding.js';

/**
 * Turns the integrity key into a non-extractable Web Crypto key once, so a busy receiver does not import it on
 * every delivery. Pass the result as `integrityKey`.
 */
export async function importIntegrityKey(integrityKey: string): Promise<CryptoKey> {
  if (typeof integrityKey !== 'string') throw new PalommaConfigError(`integrityKey: must be the merchant integrity key from Palomma, a string; got ${describeOption(integrityKey)}`);
  return hmacKey(webCrypto(), integrityKey, 'verify');
}

// Web Crypto rejects a key it cannot use with a bare DOMException; say which option is wrong instead.
export async function keyOperation<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (cause) {
    throw new PalommaConfigError('integrityKey: Web Crypto could not use this key for HMAC-SHA-256', { cause: keyProblem(cause) });
  }
}

// Only the name of Web Crypto's error is kept: its message is not ours to vouch for.
const keyProblem = (cause: unknown) => new Error(cause instanceof Error ? cause.name : 'Error');

export function webCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new PalommaConfigError('Web Crypto (globalThis.crypto.subtle) is not available; it is needed to check webhook signatures');
  }
  return subtle;
}

// A receiver verifies every delivery with the same key: importing it costs more than the check itself, so the
// last string key's (non-extractable) CryptoKey is kept.
let lastImported: { text: string; key: Promise<CryptoKey> } | undefined;

export async function hmacKey(subtle: SubtleCrypto, integrityKey: unknown, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  checkIntegrityKey(integrityKey, usage);
  if (typeof integrityKey !== 'string') return integrityKey as CryptoKey;
  if (lastImported?.text !== integrityKey) {
    const key = subtle.importKey('raw', utf8(integrityKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    lastImported = { text: integrityKey, key };
    key.catch(() => {
      if (lastImported?.key === key) lastImported = undefined;
    });
  }
  return lastImported.key;
}

/** Throws the PalommaConfigError verifyWebhook would for this key, without importing it. */
export function checkIntegrityKey(integrityKey: unknown, usage: 'sign' | 'verify' = 'verify'): void {
  if (integrityKey === '') throw new PalommaConfigError('integrityKey: the merchant integrity key from Palomma is required; it is empty');
  const problem = typeof integrityKey === 'string' ? undefined : keyKindProblem(integrityKey, usage);
  if (problem) {
    throw new PalommaConfigError(
      `integrityKey: must be the merchant integrity key from Palomma (a string) or an HMAC SHA-256 CryptoKey from importIntegrityKey(); got ${problem}`,
    );
  }
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
