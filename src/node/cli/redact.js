// Masks a secret in a value before it is serialised: done after JSON.stringify, a secret holding `"`, `\` or a
// control character would be escaped there and slip past a plain text search.

const mask = '[redacted]';

/** `text` with every occurrence of `secret` masked (nothing to do for an empty secret). */
export function redactText(text, secret) {
  return secret && text.includes(secret) ? text.split(secret).join(mask) : text;
}

/** A copy of a JSON-like `value` with `secret` masked in every string and key. */
export function redactValue(value, secret) {
  if (!secret) return value;
  if (typeof value === 'string') return redactText(value, secret);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secret));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [redactText(key, secret), redactValue(item, secret)]));
  }
  return value;
}
