// Recognises an "open enum": `anyOf: [{ enum: [known strings] }, { type: string, … }]`, where any string the
// second branch allows is valid and the listed ones are merely known (bank codes, say).

/** `{ known, other }` when `schema` is an open enum, else undefined. */
export function openEnumParts(schema) {
  const branches = schema?.anyOf;
  if (!Array.isArray(branches) || branches.length !== 2) return undefined;
  const known = branches.find((b) => Array.isArray(b.enum) && b.enum.every((v) => typeof v === 'string'));
  const other = branches.find((b) => b !== known && b.type === 'string' && !b.enum);
  return known && other ? { known: known.enum, other } : undefined;
}
