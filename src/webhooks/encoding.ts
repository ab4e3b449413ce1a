// Base64, hex and UTF-8 with the platform's own primitives (atob, btoa, TextEncoder, TextDecoder): no node: imports.

const standard = /^[A-Za-z0-9+/]*={0,2}$/;
const urlSafe = /^[A-Za-z0-9_-]*={0,2}$/;

/**
 * Decodes standard Base64 or its URL-safe variant (`-` and `_`), with or without `=` padding; anything else
 * (whitespace, other characters, misplaced padding, a mix of both alphabets) gives undefined.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  const isStandard = standard.test(text);
  if (!isStandard && !urlSafe.test(text)) return undefined;
  const padding = text.length - text.replace(/=+$/, '').length;
  if (padding > 0 && text.length % 4 !== 0) return undefined;
  const bare = text.slice(0, text.length - padding);
  if (bare.length % 4 === 1) return undefined;
  const normal = isStandard ? bare : bare.replaceAll('-', '+').replaceAll('_', '/');
  let binary: string;
  try {
    binary = atob(normal + '='.repeat((4 - (normal.length % 4)) % 4));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Standard Base64 with padding. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Exactly `2 * length` hex digits (either case), else undefined. */
export function decodeHex(text: string, length: number): Uint8Array<ArrayBuffer> | undefined {
  if (text.length !== length * 2 || !/^[0-9a-fA-F]*$/.test(text)) return undefined;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Lowercase hex. */
export function encodeHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** Strict UTF-8 decoding: throws a TypeError on any invalid sequence instead of inserting U+FFFD. */
export function fromUtf8(bytes: Uint8Array): string {
  return strictDecoder.decode(bytes);
}
