// Compares two OpenAPI 3.x documents and classifies every change for clients as breaking, risk (fine for the
// types, but code that switches over a value may meet one it does not know), non-breaking or docs.
//
// The rules are deliberately conservative: a change is breaking whenever a client built against `base` could
// stop compiling or start failing against `head`. Local `$ref`s (`#/...`) are resolved before comparing, so a
// schema moved to another name is compared by content and is not a change. The project's `x-palomma-*`
// extensions are judged by what they do to the generated client (client-methods.mjs).

import { add, asObject, changedText, compareLeftovers, show } from './changes.mjs';
import { compareClientMethods } from './client-methods.mjs';
import { comparePaths, pathsView, webhooksView } from './operations.mjs';
import { same } from './refs.mjs';
import { compareSecuritySchemes, compareServers } from './servers-security.mjs';

/**
 * @typedef {{ kind: 'breaking' | 'risk' | 'non-breaking' | 'docs', where: string, what: string }} Change
 * @param {any} base the older document, parsed
 * @param {any} head the newer document, parsed
 * @returns {{ changes: Change[] }}
 */
export function diffSpecs(base, head) {
  /** @type {Change[]} */
  const changes = [];
  const ctx = { base: asObject(base), head: asObject(head), changes };
  compareRoot(ctx);
  compareClientMethods(ctx.base, ctx.head, (kind, where, what) => add(ctx, kind, where, what));
  return { changes };
}

/** The kinds, most serious first: the order reports list them in. */
export const kinds = ['breaking', 'risk', 'non-breaking', 'docs'];

/** Counts of each kind, in the order the summary line prints them. */
export function summarize(changes) {
  const count = (kind) => changes.filter((change) => change.kind === kind).length;
  return { breaking: count('breaking'), risk: count('risk'), nonBreaking: count('non-breaking'), docs: count('docs') };
}

/**
 * Whether `head` is a major bump over `base` in semver's sense: the major number grew or, below 1.0.0, the minor
 * number did (0.1.x → 0.2.0). Versions that are not semver never count as a bump.
 */
export function isMajorBump(baseVersion, headVersion) {
  const parse = (v) => /^v?(\d+)\.(\d+)\.(\d+)/.exec(String(v ?? '').trim())?.slice(1, 3).map(Number);
  const from = parse(baseVersion);
  const to = parse(headVersion);
  if (!from || !to) return false;
  const [fromMajor = 0, fromMinor = 0] = from;
  const [toMajor = 0, toMinor = 0] = to;
  if (toMajor !== fromMajor) return toMajor > fromMajor;
  return fromMajor === 0 && toMinor > fromMinor;
}

/** The document as a whole: its version, info and tags, then servers, security schemes, paths and webhooks. */
function compareRoot(ctx) {
  const { base, head } = ctx;
  const handled = new Set(['info', 'servers', 'paths', 'webhooks', 'components', 'security', 'tags', 'externalDocs', 'openapi']);
  if (base.openapi !== head.openapi) {
    add(ctx, 'non-breaking', 'openapi', `OpenAPI version changed from ${show(base.openapi)} to ${show(head.openapi)}`);
  }
  // info.version is the release number, checked by check:version, not an API change.
  const infoHandled = new Set(['version', 'title', 'summary', 'description', 'termsOfService', 'contact', 'license']);
  for (const key of ['title', 'summary', 'description', 'termsOfService', 'contact', 'license']) {
    if (!same(ctx, base.info?.[key], head.info?.[key])) add(ctx, 'docs', `info.${key}`, changedText(key, base.info?.[key], head.info?.[key]));
  }
  compareLeftovers(ctx, 'info', base.info, head.info, infoHandled);
  for (const key of ['tags', 'externalDocs']) {
    if (!same(ctx, base[key], head[key])) add(ctx, 'docs', key, `${key} changed`);
  }
  compareServers(ctx, 'servers', base.servers, head.servers);
  compareSecuritySchemes(ctx);
  comparePaths(ctx, pathsView);
  comparePaths(ctx, webhooksView);
  compareLeftovers(ctx, 'document', base, head, handled);
}
