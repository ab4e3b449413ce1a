// Servers (of the document, a path or an operation), security schemes, and an operation's security requirements.
import { add, asArray, asObject, changedText, keysOf } from './changes.mjs';
import { deref, isObject, same } from './refs.mjs';

export function compareServers(ctx, where, baseServers = [], headServers = []) {
  const byUrl = (list) => new Map(asArray(list).filter(isObject).map((server) => [server.url, server]));
  const before = byUrl(baseServers);
  const after = byUrl(headServers);
  for (const [url, server] of before) {
    const next = after.get(url);
    if (!next) {
      add(ctx, 'breaking', `${where} ${url}`, 'server removed');
      continue;
    }
    // x-environment names the client's `environment` option, so unlike other extensions it is part of the API.
    const handled = new Set(['url', 'description']);
    if (server.description !== next.description) add(ctx, 'docs', `${where} ${url}`, changedText('description', server.description, next.description));
    for (const key of keysOf(server, next)) {
      if (handled.has(key) || same(ctx, server[key], next[key])) continue;
      add(ctx, 'breaking', `${where} ${url}`, changedText(key, server[key], next[key]));
    }
  }
  for (const url of after.keys()) if (!before.has(url)) add(ctx, 'non-breaking', `${where} ${url}`, 'server added');
}

export function compareSecuritySchemes(ctx) {
  const before = asObject(ctx.base.components?.securitySchemes);
  const after = asObject(ctx.head.components?.securitySchemes);
  for (const name of keysOf(before, after)) {
    const where = `components.securitySchemes.${name}`;
    if (!(name in after)) {
      add(ctx, 'breaking', where, 'security scheme removed');
      continue;
    }
    if (!(name in before)) {
      add(ctx, 'non-breaking', where, 'security scheme added');
      continue;
    }
    const scheme = asObject(deref(before[name], ctx.base));
    const next = asObject(deref(after[name], ctx.head));
    const changed = [];
    for (const key of keysOf(scheme, next)) {
      if (same(ctx, scheme[key], next[key])) continue;
      // bearerFormat is "primarily for documentation purposes" in the OpenAPI specification.
      if (key === 'description' || key === 'bearerFormat') add(ctx, 'docs', where, `security scheme ${changedText(key, scheme[key], next[key])}`);
      else changed.push(changedText(key, scheme[key], next[key]));
    }
    if (changed.length) add(ctx, 'breaking', where, `security scheme changed: ${changed.join(', ')}`);
  }
}

export function describeSecurity(requirements) {
  if (!requirements.length) return 'none';
  return requirements
    .map((requirement) => {
      const names = Object.keys(requirement);
      if (!names.length) return 'anonymous';
      return names.map((name) => (requirement[name]?.length ? `${name}(${requirement[name].join(' ')})` : name)).join(' + ');
    })
    .join(' or ');
}

export function normalizeSecurity(requirements) {
  return asArray(requirements)
    .map((requirement) =>
      Object.fromEntries(
        Object.keys(requirement ?? {})
          .sort()
          .map((name) => [name, [...asArray(requirement[name])].sort()]),
      ),
    )
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
