// Wrong values as errors describe them: short, and never echoing a string option, which could be the key itself.

// An option's wrong value, described without echoing a string: a caller who mixed up arguments could be passing the key.
export const describeOption = (value: unknown) =>
  typeof value === 'string' ? `a ${value.length}-character string` : typeof value === 'number' ? String(value) : describe(value);

/** A value as an error message shows it: its kind, or a string's first 40 characters. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value === '' ? 'an empty string' : JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return `a ${typeof value}`;
}
