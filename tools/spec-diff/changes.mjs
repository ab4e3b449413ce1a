// The list of changes being built, and the small rules every comparison shares: how a change is worded, what a
// change of presence means in each direction, and how keys no comparison handles are classified.
import { extensionKind } from './client-methods.mjs';
import { isObject, same } from './refs.mjs';

/** Keys that only document: a change to one of them is a docs change. */
export const docsKeys = new Set(['description', 'summary', 'title', 'example', 'examples', '$comment', 'externalDocs']);

export function add(ctx, kind, where, what) {
  ctx.changes.push({ kind, where, what });
}

export const asObject = (value) => (isObject(value) ? value : {});
export const asArray = (value) => (Array.isArray(value) ? value : []);
export const keysOf = (...objects) => [...new Set(objects.flatMap((o) => (isObject(o) ? Object.keys(o) : [])))];
export const show = (value) => (value === undefined ? 'nothing' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Docs keys are docs, `deprecated` and other vendors' `x-` extensions are non-breaking, the project's own as
 * `extensionKind` says; anything else unknown is breaking.
 */
export function compareLeftovers(ctx, where, baseNode, headNode, handled) {
  for (const key of keysOf(baseNode, headNode)) {
    if (handled.has(key)) continue;
    const before = baseNode?.[key];
    const after = headNode?.[key];
    if (same(ctx, before, after)) continue;
    const what = changedText(key, before, after);
    if (docsKeys.has(key)) add(ctx, 'docs', where, what);
    else if (key === 'deprecated') add(ctx, 'non-breaking', where, what);
    else if (key.startsWith('x-')) addExtension((kind, text) => add(ctx, kind, where, text), key, what);
    else add(ctx, 'breaking', where, `${what} (not classified in detail, so treated as breaking)`);
  }
}

/** An extension's change, reported as `extensionKind` classifies it. */
export function addExtension(report, key, what) {
  const kind = extensionKind(key);
  report(kind, kind === 'breaking' ? `${what} (an extension of this project not classified in detail, so treated as breaking)` : what);
}

export function changedText(key, before, after) {
  if (before === undefined) return `${key} added`;
  if (after === undefined) return `${key} removed`;
  const short = (value) => typeof value !== 'object' && !/\n/.test(String(value)) && String(value).length <= 60;
  if (!short(before) || !short(after)) return `${key} changed`;
  return `${key} changed from ${show(before)} to ${show(after)}`;
}

/**
 * What a change of presence means in one direction. Where the client sends the data ('request'), a new
 * required item or one that became required breaks it; where it reads the data ('response'), an item that
 * disappears or may now be absent does. Removing an item is breaking both ways (the conservative choice).
 */
export function presence(direction, noun) {
  const sends = direction === 'request';
  return {
    removed: ['breaking', `${noun} removed`],
    addedRequired: sends ? ['breaking', `new required ${noun}`] : ['non-breaking', `new ${noun}`],
    addedOptional: sends ? ['non-breaking', `new optional ${noun}`] : ['non-breaking', `new ${noun} (optional)`],
    becameRequired: sends ? ['breaking', `optional ${noun} became required`] : ['non-breaking', `${noun} is now always present`],
    becameOptional: sends ? ['non-breaking', `${noun} became optional`] : ['breaking', `${noun} may now be absent`],
  };
}
