// Dates Palomma judges against the day a request is sent (a payin link's `expiration`: from today to the end of
// the seventh day). The spec keeps Palomma's own example, which goes stale; a schema marks such a field with
// `x-palomma-example-days-from-now`, and whatever sends the example for real (the docs samples, the contract
// check, the tests) sends the moment that many days after it runs, written the way the example writes it.
import { resolveRef, type SpecNode } from './document.js';

export const daysFromNowExtension = 'x-palomma-example-days-from-now';

const day = 86_400_000;

// How `Date#toISOString()` is cut to write a date as the example does: a date, a date and time without a zone
// (Palomma's `YYYY-MM-DDTHH:mm:ss`), or a full UTC timestamp.
const shapes = [
  { pattern: /^\d{4}-\d{2}-\d{2}$/, length: 10 },
  { pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, length: 19 },
  { pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, length: 24 },
];

/** How many leading characters of `toISOString()` write a date the way `example` is written. */
export function isoLength(example: unknown): number {
  const shape = shapes.find((s) => typeof example === 'string' && s.pattern.test(example));
  if (!shape) throw new Error(`${daysFromNowExtension}: ${JSON.stringify(example)} is not a date this package can move (YYYY-MM-DD, YYYY-MM-DDTHH:mm:ss or an ISO timestamp in UTC)`);
  return shape.length;
}

/** A date written like `example`, `days` days after `now` (UTC, as the sandbox reads Palomma's zone-less dates). */
export function daysFromNow(example: unknown, days: number, now: number = Date.now()): string {
  return new Date(now + days * day).toISOString().slice(0, isoLength(example));
}

/**
 * The fields of a request schema marked with the extension, each as its path and days: every property of every
 * form (`oneOf`, `anyOf`, `allOf`), and of the objects inside them.
 */
export interface RelativeDateField {
  path: string[];
  days: number;
}

export function relativeDateFields(spec: SpecNode, schema: SpecNode, path: string[] = [], ancestors = new Set<SpecNode>()): RelativeDateField[] {
  const node = resolveRef(spec, schema);
  if (!node || typeof node !== 'object' || ancestors.has(node)) return [];
  const seen = new Set([...ancestors, node]);
  const found: RelativeDateField[] = [];
  if (typeof node[daysFromNowExtension] === 'number') found.push({ path, days: node[daysFromNowExtension] });
  for (const [name, property] of Object.entries<SpecNode>(node.properties ?? {})) found.push(...relativeDateFields(spec, property, [...path, name], seen));
  for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
    for (const branch of node[keyword] ?? []) found.push(...relativeDateFields(spec, branch, path, seen));
  }
  // The same field may be marked in several forms: keep one entry per path.
  return [...new Map(found.map((field) => [field.path.join('.'), field])).values()];
}

/**
 * A copy of `body` (a request example of `schema`) in which every marked field the body carries is replaced by
 * `replace(current, days, path)`: by default a date that many days after now.
 */
export function withCurrentDates<Body>(
  spec: SpecNode,
  schema: SpecNode,
  body: Body,
  replace: (current: any, days: number, path: string[]) => unknown = (current, days) => daysFromNow(current, days),
): Body {
  if (!body || typeof body !== 'object') return body;
  const copy = structuredClone(body);
  for (const { path, days } of relativeDateFields(spec, schema).filter((field) => field.path.length > 0)) {
    const parent = path.slice(0, -1).reduce<SpecNode>((at, key) => (at && typeof at === 'object' ? at[key] : undefined), copy);
    const key = path.at(-1)!;
    if (parent && typeof parent === 'object' && parent[key] !== undefined) parent[key] = replace(parent[key], days, path);
  }
  return copy;
}
