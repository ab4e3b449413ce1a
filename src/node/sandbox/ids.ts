// Object ids shaped like Palomma's (26 upper-case Crockford Base32 characters: time, then randomness) and opaque cursors.
import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const digit = (n: number) => alphabet.charAt(n % 32);

/** A new id such as 01HPR57X6QR5ZRKEEKBSDBW4RA: 10 characters of milliseconds, 16 random ones. */
export function newId(now: number = Date.now()): string {
  let time = '';
  for (let n = now, i = 0; i < 10; i++, n = Math.floor(n / 32)) time = digit(n) + time;
  let random = '';
  for (const byte of randomBytes(16)) random += digit(byte);
  return time + random;
}

/**
 * A cursor the client passes back unchanged: which list it belongs to (the operation and its filters) and the
 * position after which the next page starts. Base64url, so it is opaque and safe in a query string.
 */
export function encodeCursor(list: string, position: number): string {
  return Buffer.from(JSON.stringify([list, position]), 'utf8').toString('base64url');
}

/** The position in `list` a cursor points at, or undefined when it is not a cursor this list gave out. */
export function decodeCursor(list: string, cursor: string): number | undefined {
  try {
    const [forList, position]: unknown[] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return forList === list && Number.isInteger(position) && (position as number) >= 0 ? (position as number) : undefined;
  } catch {
    return undefined;
  }
}
