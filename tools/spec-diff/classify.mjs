// Compares two OpenAPI 3.x documents and classifies every change for clients as breaking, risk (fine for the
// types, but code that switches over a value may meet one it does not know), non-breaking or docs.
//
// The rules are deliberately conservative: a change is breaking whenever a client built against `base` could
// stop compiling or start failing against `head`. Local `$ref`s (`#/...`) are resolved before comparing, so a
// schema moved to another name is compared by content and is not a change.

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const docsKeys = new Set(['description', 'summary', 'title', 'example', 'examples', '$comment', 'externalDocs']);
// Bigger is tighter for these, smaller is tighter for upperBounds.
const lowerBounds = ['minLength', 'minItems', 'minProperties', 'minimum', 'exclusiveMinimum', 'minContains'];
const upperBounds = ['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum', 'maxContains'];
// Added or changed is tighter, removed is looser (two regexes or formats cannot be compared for inclusion).
const restrictions = ['pattern', 'format', 'multipleOf', 'contentEncoding', 'contentMediaType'];
const schemaHandled = new Set([
  ...docsKeys,
  ...lowerBounds,
  ...upperBounds,
  ...restrictions,
  '$ref',
  'type',
  'nullable',
  'enum',
  'const',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'allOf',
  'anyOf',
  'oneOf',
  'uniqueItems',
  'deprecated',
  'default',
]);

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

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function add(ctx, kind, where, what) {
  ctx.changes.push({ kind, where, what });
}

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const asObject = (value) => (isObject(value) ? value : {});
const asArray = (value) => (Array.isArray(value) ? value : []);
const keysOf = (...objects) => [...new Set(objects.flatMap((o) => (isObject(o) ? Object.keys(o) : [])))];
const show = (value) => (value === undefined ? 'nothing' : typeof value === 'string' ? value : JSON.stringify(value));

/** Follows a local `$ref` (and chains of them) in `doc`; siblings of `$ref` override the target's keys. */
function deref(node, doc, seen = new Set()) {
  if (!isObject(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith('#')) return node;
  if (seen.has(node.$ref)) return node; // a ref that points at itself, directly or through other refs
  seen.add(node.$ref);
  const target = pointer(doc, node.$ref);
  if (target === undefined) return node;
  const { $ref, ...siblings } = node;
  const resolved = deref(target, doc, seen);
  return Object.keys(siblings).length ? { ...resolved, ...siblings } : resolved;
}

function pointer(doc, ref) {
  const parts = ref.slice(1).split('/').slice(1);
  let node = doc;
  for (const raw of parts) {
    const part = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = node[part];
  }
  return node;
}

/**
 * A canonical string for `node` with every local `$ref` inlined and keys sorted, so two nodes that say the same
 * thing through different refs compare equal. A ref back into a schema being expanded becomes `{$recursive: n}`
 * (n levels up), which does not depend on the component's name.
 */
function canon(node, doc, stack = []) {
  if (Array.isArray(node)) return `[${node.map((item) => canon(item, doc, stack)).join(',')}]`;
  if (!isObject(node)) return JSON.stringify(node) ?? 'undefined';
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
    const at = stack.indexOf(node.$ref);
    if (at !== -1) return `{"$recursive":${stack.length - at}}`;
    const target = pointer(doc, node.$ref);
    if (target !== undefined) {
      // Like deref: the ref's siblings override the target's keys.
      const { $ref, ...siblings } = node;
      const merged = Object.keys(siblings).length && isObject(target) ? { ...target, ...siblings } : target;
      return canon(merged, doc, [...stack, node.$ref]);
    }
  }
  const keys = Object.keys(node).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canon(node[key], doc, stack)}`).join(',')}}`;
}

const same = (ctx, baseNode, headNode) => canon(baseNode, ctx.base) === canon(headNode, ctx.head);

/** Docs keys are docs, `x-` extensions and `deprecated` are non-breaking, anything else unknown is breaking. */
function compareLeftovers(ctx, where, baseNode, headNode, handled) {
  for (const key of keysOf(baseNode, headNode)) {
    if (handled.has(key)) continue;
    const before = baseNode?.[key];
    const after = headNode?.[key];
    if (same(ctx, before, after)) continue;
    const what = changedText(key, before, after);
    if (docsKeys.has(key)) add(ctx, 'docs', where, what);
    else if (key.startsWith('x-') || key === 'deprecated') add(ctx, 'non-breaking', where, what);
    else add(ctx, 'breaking', where, `${what} (not classified in detail, so treated as breaking)`);
  }
}

function changedText(key, before, after) {
  if (before === undefined) return `${key} added`;
  if (after === undefined) return `${key} removed`;
  const short = (value) => typeof value !== 'object' && !/\n/.test(String(value)) && String(value).length <= 60;
  if (!short(before) || !short(after)) return `${key} changed`;
  return `${key} changed from ${show(before)} to ${show(after)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Document, servers, security

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

function compareServers(ctx, where, baseServers = [], headServers = []) {
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

function compareSecuritySchemes(ctx) {
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

function describeSecurity(requirements) {
  if (!requirements.length) return 'none';
  return requirements
    .map((requirement) => {
      const names = Object.keys(requirement);
      if (!names.length) return 'anonymous';
      return names.map((name) => (requirement[name]?.length ? `${name}(${requirement[name].join(' ')})` : name)).join(' + ');
    })
    .join(' or ');
}

function normalizeSecurity(requirements) {
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

// ---------------------------------------------------------------------------------------------------------------
// Paths, webhooks and operations

// In `paths` the client sends the request and reads the response. In `webhooks` Palomma sends the request and
// the client reads it, so the directions swap: a new field in a webhook's body is like a new response field.
const pathsView = { key: 'paths', label: (path) => path, request: 'request', response: 'response' };
const webhooksView = {
  key: 'webhooks',
  label: (name) => `webhook ${name}`,
  request: 'response',
  response: 'request',
  nouns: { request: 'webhook field', response: 'webhook reply field' },
};

function comparePaths(ctx, view) {
  const before = asObject(ctx.base[view.key]);
  const after = asObject(ctx.head[view.key]);
  for (const path of keysOf(before, after)) {
    const label = view.label(path);
    if (!(path in after)) {
      add(ctx, 'breaking', label, `${view.key === 'paths' ? 'path' : 'webhook'} removed`);
      continue;
    }
    if (!(path in before)) {
      add(ctx, 'non-breaking', label, `${view.key === 'paths' ? 'path' : 'webhook'} added`);
      continue;
    }
    const item = asObject(deref(before[path], ctx.base));
    const next = asObject(deref(after[path], ctx.head));
    for (const method of methods) {
      const where = `${method.toUpperCase()} ${label}`;
      if (item[method] && !next[method]) add(ctx, 'breaking', where, 'operation removed');
      else if (!item[method] && next[method]) add(ctx, 'non-breaking', where, 'operation added');
      else if (item[method]) compareOperation(ctx, view, where, item, next, method);
    }
    for (const key of ['summary', 'description']) {
      if (item[key] !== next[key]) add(ctx, 'docs', label, changedText(key, item[key], next[key]));
    }
    if (!same(ctx, item.servers, next.servers)) compareServers(ctx, `${label} servers`, item.servers, next.servers);
    const handled = new Set([...methods, 'summary', 'description', 'servers', 'parameters', '$ref']);
    compareLeftovers(ctx, label, item, next, handled);
  }
}

function compareOperation(ctx, view, where, item, nextItem, method) {
  const op = asObject(item[method]);
  const next = asObject(nextItem[method]);
  const handled = new Set([
    'operationId',
    'summary',
    'description',
    'externalDocs',
    'tags',
    'deprecated',
    'security',
    'servers',
    'parameters',
    'requestBody',
    'responses',
  ]);
  // The client's methods are named from operationIds and grouped by tags, so renaming or removing either
  // removes a method that client code calls.
  if (op.operationId !== next.operationId) {
    const why = '(client methods and the generated `operations` type are named from it)';
    if (op.operationId === undefined) add(ctx, 'non-breaking', where, `operationId ${show(next.operationId)} added`);
    else if (next.operationId === undefined) add(ctx, 'breaking', where, `operationId ${show(op.operationId)} removed ${why}`);
    else add(ctx, 'breaking', where, `operationId renamed from ${show(op.operationId)} to ${show(next.operationId)} ${why}`);
  }
  compareTags(ctx, where, asArray(op.tags), asArray(next.tags));
  for (const key of ['summary', 'description', 'externalDocs']) {
    if (!same(ctx, op[key], next[key])) add(ctx, 'docs', where, changedText(key, op[key], next[key]));
  }
  if (!!op.deprecated !== !!next.deprecated) {
    add(ctx, 'non-breaking', where, next.deprecated ? 'operation deprecated' : 'operation no longer deprecated');
  }
  const security = normalizeSecurity(op.security ?? ctx.base.security);
  const nextSecurity = normalizeSecurity(next.security ?? ctx.head.security);
  if (JSON.stringify(security) !== JSON.stringify(nextSecurity)) {
    add(ctx, 'breaking', `${where} security`, `security requirements changed from ${describeSecurity(security)} to ${describeSecurity(nextSecurity)}`);
  }
  if (!same(ctx, op.servers, next.servers)) compareServers(ctx, `${where} servers`, op.servers, next.servers);
  const params = [...asArray(item.parameters), ...asArray(op.parameters)];
  const nextParams = [...asArray(nextItem.parameters), ...asArray(next.parameters)];
  compareParameters(ctx, where, view.request, params, nextParams);
  compareRequestBody(ctx, `${where} request body`, view.request, op.requestBody, next.requestBody, view.nouns?.request);
  compareResponses(ctx, where, view.response, op.responses, next.responses, view.nouns?.response);
  compareLeftovers(ctx, where, op, next, handled);
}

function compareTags(ctx, where, tags, nextTags) {
  const removed = tags.filter((tag) => !nextTags.includes(tag));
  const added = nextTags.filter((tag) => !tags.includes(tag));
  const why = '(client methods are grouped by tag: calls through the old group stop compiling)';
  if (removed.length === 1 && added.length === 1) {
    add(ctx, 'breaking', where, `tag renamed from ${show(removed[0])} to ${show(added[0])} ${why}`);
    return;
  }
  for (const tag of removed) add(ctx, 'breaking', where, `tag ${show(tag)} removed ${why}`);
  for (const tag of added) add(ctx, 'non-breaking', where, `tag ${show(tag)} added`);
}

/**
 * What a change of presence means in one direction. Where the client sends the data ('request'), a new
 * required item or one that became required breaks it; where it reads the data ('response'), an item that
 * disappears or may now be absent does. Removing an item is breaking both ways (the conservative choice).
 */
function presence(direction, noun) {
  const sends = direction === 'request';
  return {
    removed: ['breaking', `${noun} removed`],
    addedRequired: sends ? ['breaking', `new required ${noun}`] : ['non-breaking', `new ${noun}`],
    addedOptional: sends ? ['non-breaking', `new optional ${noun}`] : ['non-breaking', `new ${noun} (optional)`],
    becameRequired: sends ? ['breaking', `optional ${noun} became required`] : ['non-breaking', `${noun} is now always present`],
    becameOptional: sends ? ['non-breaking', `${noun} became optional`] : ['breaking', `${noun} may now be absent`],
  };
}

function compareParameters(ctx, where, direction, baseList, headList) {
  const index = (list, doc) => {
    const map = new Map();
    for (const raw of list) {
      const param = asObject(deref(raw, doc));
      map.set(`${param.in} parameter ${param.name}`, param); // operation-level ones come last and override
    }
    return map;
  };
  const before = index(baseList, ctx.base);
  const after = index(headList, ctx.head);
  const rules = presence(direction, 'parameter');
  for (const [name, param] of before) {
    const at = `${where} ${name}`;
    const next = after.get(name);
    if (!next) {
      add(ctx, rules.removed[0], at, rules.removed[1]);
      continue;
    }
    if (!param.required && next.required) add(ctx, rules.becameRequired[0], at, rules.becameRequired[1]);
    if (param.required && !next.required) add(ctx, rules.becameOptional[0], at, rules.becameOptional[1]);
    for (const key of ['description', 'example', 'examples']) {
      if (!same(ctx, param[key], next[key])) add(ctx, 'docs', at, changedText(key, param[key], next[key]));
    }
    if (!!param.deprecated !== !!next.deprecated) add(ctx, 'non-breaking', at, next.deprecated ? 'parameter deprecated' : 'parameter no longer deprecated');
    compareSchema(ctx, { where: at, field: '', direction }, param.schema, next.schema);
    compareContent(ctx, at, direction, param.content, next.content);
    const handled = new Set(['name', 'in', 'required', 'description', 'example', 'examples', 'deprecated', 'schema', 'content']);
    compareLeftovers(ctx, at, param, next, handled);
  }
  for (const [name, param] of after) {
    if (before.has(name)) continue;
    const [kind, what] = param.required ? rules.addedRequired : rules.addedOptional;
    add(ctx, kind, `${where} ${name}`, what);
  }
}

function compareRequestBody(ctx, where, direction, rawBody, rawNext, noun) {
  const body = rawBody === undefined ? undefined : asObject(deref(rawBody, ctx.base));
  const next = rawNext === undefined ? undefined : asObject(deref(rawNext, ctx.head));
  const rules = presence(direction, 'request body');
  const report = ([kind, what]) => add(ctx, kind, where, what);
  if (!body && !next) return;
  if (body && !next) return report(rules.removed);
  if (!body && next) return report(next.required ? rules.addedRequired : rules.addedOptional);
  if (!body.required && next.required) report(rules.becameRequired);
  if (body.required && !next.required) report(rules.becameOptional);
  if (body.description !== next.description) add(ctx, 'docs', where, changedText('description', body.description, next.description));
  compareContent(ctx, where, direction, body.content, next.content, noun);
  compareLeftovers(ctx, where, body, next, new Set(['required', 'description', 'content']));
}

/** Media types: a removed one is breaking either way; an added one is non-breaking in requests only. */
function compareContent(ctx, where, direction, rawContent, rawNext, noun = undefined) {
  const content = asObject(rawContent);
  const next = asObject(rawNext);
  const types = keysOf(content, next);
  const label = (type) => (types.length === 1 && type === 'application/json' ? where : `${where} (${type})`);
  for (const type of types) {
    if (!(type in next)) {
      add(ctx, 'breaking', label(type), `media type ${type} removed`);
      continue;
    }
    if (!(type in content)) {
      if (direction === 'request') add(ctx, 'non-breaking', label(type), `media type ${type} added`);
      else add(ctx, 'breaking', label(type), `media type ${type} added (clients may get a body they do not expect)`);
      continue;
    }
    const media = asObject(content[type]);
    const nextMedia = asObject(next[type]);
    for (const key of ['example', 'examples']) {
      if (!same(ctx, media[key], nextMedia[key])) add(ctx, 'docs', label(type), changedText(key, media[key], nextMedia[key]));
    }
    compareSchema(ctx, { where: label(type), field: '', direction, noun }, media.schema, nextMedia.schema);
    compareLeftovers(ctx, label(type), media, nextMedia, new Set(['example', 'examples', 'schema']));
  }
}

function compareResponses(ctx, where, direction, rawResponses, rawNext, noun = undefined) {
  const responses = asObject(rawResponses);
  const next = asObject(rawNext);
  for (const status of keysOf(responses, next)) {
    const at = `${where} response ${status}`;
    if (!(status in next)) {
      add(ctx, 'breaking', at, 'response status removed');
      continue;
    }
    if (!(status in responses)) {
      add(ctx, 'non-breaking', at, 'response status added');
      continue;
    }
    const response = asObject(deref(responses[status], ctx.base));
    const nextResponse = asObject(deref(next[status], ctx.head));
    if (response.description !== nextResponse.description) add(ctx, 'docs', at, changedText('description', response.description, nextResponse.description));
    compareHeaders(ctx, at, direction, response.headers, nextResponse.headers);
    compareContent(ctx, `${at} body`, direction, response.content, nextResponse.content, noun);
    compareLeftovers(ctx, at, response, nextResponse, new Set(['description', 'headers', 'content', 'links']));
    if (!same(ctx, response.links, nextResponse.links)) add(ctx, 'non-breaking', at, 'links changed');
  }
}

function compareHeaders(ctx, where, direction, rawHeaders, rawNext) {
  const headers = asObject(rawHeaders);
  const next = asObject(rawNext);
  for (const name of keysOf(headers, next)) {
    const at = `${where} header ${name}`;
    const rules = presence(direction, 'response header');
    const report = ([kind, what]) => add(ctx, kind, at, what);
    if (!(name in next)) {
      report(rules.removed);
      continue;
    }
    const nextHeader = asObject(deref(next[name], ctx.head));
    if (!(name in headers)) {
      report(nextHeader.required ? rules.addedRequired : rules.addedOptional);
      continue;
    }
    const header = asObject(deref(headers[name], ctx.base));
    if (!header.required && nextHeader.required) report(rules.becameRequired);
    if (header.required && !nextHeader.required) report(rules.becameOptional);
    if (header.description !== nextHeader.description) add(ctx, 'docs', at, changedText('description', header.description, nextHeader.description));
    compareSchema(ctx, { where: at, field: '', direction }, header.schema, nextHeader.schema);
    compareLeftovers(ctx, at, header, nextHeader, new Set(['required', 'description', 'schema', 'example', 'examples']));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Schemas

/**
 * Compares two schemas at one place of a request or a response. `path.where` names the place (an operation's
 * request body, a response, a parameter), `path.field` the field inside it (`bankAccount.bank`, `items[]`).
 */
function compareSchema(ctx, path, rawBase, rawHead, refs = []) {
  if (rawBase === undefined && rawHead === undefined) return;
  if (same(ctx, rawBase, rawHead)) return;
  const at = path.field ? `${path.where} ${path.field}` : path.where;
  if (rawBase === undefined || rawHead === undefined) {
    add(ctx, 'breaking', at, rawBase === undefined ? 'schema added' : 'schema removed');
    return;
  }
  // Cycle guard: the same pair of refs already being compared further up means a recursive schema.
  const pair = `${rawBase?.$ref ?? ''} ${rawHead?.$ref ?? ''}`;
  if (pair !== ' ' && refs.includes(pair)) return;
  const nextRefs = pair !== ' ' ? [...refs, pair] : refs;
  if (nextRefs.length > 64) return;
  const base = flatten(deref(rawBase, ctx.base), ctx.base);
  const head = flatten(deref(rawHead, ctx.head), ctx.head);
  if (!isObject(base) || !isObject(head)) {
    add(ctx, 'breaking', at, `schema changed from ${show(base)} to ${show(head)}`);
    return;
  }
  const request = path.direction === 'request';
  const report = (kind, what) => add(ctx, kind, at, what + (path.note ?? ''));

  // Documentation
  for (const key of docsKeys) {
    if (!same(ctx, base[key], head[key])) report('docs', changedText(key, base[key], head[key]));
  }
  if (!!base.deprecated !== !!head.deprecated) report('non-breaking', head.deprecated ? 'deprecated' : 'no longer deprecated');

  // Type
  const types = typeSet(base);
  const nextTypes = typeSet(head);
  // Once the type itself changed for the worse, the old type's constraints say nothing more about it.
  let retyped = false;
  if (!sameSet(types, nextTypes)) {
    const widened = includesTypes(nextTypes, types);
    const narrowed = includesTypes(types, nextTypes);
    const text = `type changed from ${typeText(types)} to ${typeText(nextTypes)}`;
    if (request && widened) report('non-breaking', `${text} (widened)`);
    else report('breaking', `${text}${widened ? ' (widened where clients read it)' : narrowed ? ' (narrowed)' : ''}`);
    retyped = !widened && !narrowed;
  }

  // Enum (const is a one-value enum)
  compareEnum(report, request, enumOf(base), enumOf(head));

  // Constraints: tightened is breaking, loosened is not.
  if (!retyped) compareConstraints(ctx, base, head, report);
  if (!same(ctx, base.default, head.default)) {
    report(request ? 'breaking' : 'non-breaking', `${changedText('default', base.default, head.default)}${request ? ' (requests that omit it now mean something else)' : ''}`);
  }

  // Objects
  compareProperties(ctx, path, base, head, nextRefs, report);
  compareAdditional(ctx, path, base.additionalProperties, head.additionalProperties, nextRefs, report);

  // Arrays
  if (base.items !== undefined || head.items !== undefined) {
    compareSchema(ctx, { ...path, field: `${path.field}[]`, note: undefined }, base.items, head.items, nextRefs);
  }

  // Alternatives
  compareAlternatives(ctx, path, base, head, nextRefs, report);

  for (const key of keysOf(base, head)) {
    if (schemaHandled.has(key) || same(ctx, base[key], head[key])) continue;
    if (key.startsWith('x-')) report('non-breaking', changedText(key, base[key], head[key]));
    else report('breaking', `${changedText(key, base[key], head[key])} (not classified in detail, so treated as breaking)`);
  }
}

function compareConstraints(ctx, base, head, report) {
  for (const key of lowerBounds) compareBound(report, key, base[key], head[key], (a, b) => b > a);
  for (const key of upperBounds) compareBound(report, key, base[key], head[key], (a, b) => b < a);
  for (const key of restrictions) {
    if (same(ctx, base[key], head[key])) continue;
    if (head[key] === undefined) report('non-breaking', `${key} removed: loosened (was ${show(base[key])})`);
    else if (base[key] === undefined) report('breaking', `${key} ${show(head[key])} added: tightened`);
    else report('breaking', `${key} changed from ${show(base[key])} to ${show(head[key])}: tightened`);
  }
  if (!!base.uniqueItems !== !!head.uniqueItems) {
    if (head.uniqueItems) report('breaking', 'uniqueItems turned on: tightened');
    else report('non-breaking', 'uniqueItems turned off: loosened');
  }
}

/** Merges `allOf` members into one schema, so splitting a schema into `allOf` parts is not by itself a change. */
function flatten(schema, doc, depth = 0) {
  if (!isObject(schema) || !Array.isArray(schema.allOf) || depth > 16) return schema;
  const { allOf, ...rest } = schema;
  const merged = { ...rest };
  for (const raw of asArray(allOf)) {
    const part = flatten(deref(raw, doc), doc, depth + 1);
    if (!isObject(part)) continue;
    for (const [key, value] of Object.entries(part)) {
      if (key === 'properties') merged.properties = { ...asObject(merged.properties), ...asObject(value) };
      else if (key === 'required') merged.required = [...new Set([...asArray(merged.required), ...asArray(value)])];
      else if (!(key in merged)) merged[key] = value;
    }
  }
  return merged;
}

function typeSet(schema) {
  const raw = schema.type === undefined ? [] : [].concat(schema.type);
  if (schema.nullable === true && raw.length) raw.push('null');
  return new Set(raw); // empty = any type
}

const sameSet = (a, b) => a.size === b.size && [...a].every((item) => b.has(item));
const typeText = (set) => (set.size ? [...set].sort().join(' | ') : 'any');

/** Does `outer` accept every value `inner` accepts? (number includes integer; no type means any) */
function includesTypes(outer, inner) {
  if (!outer.size) return true;
  if (!inner.size) return false;
  return [...inner].every((type) => outer.has(type) || (type === 'integer' && outer.has('number')));
}

function enumOf(schema) {
  if (Array.isArray(schema.enum)) return schema.enum;
  if ('const' in schema) return [schema.const];
  return undefined;
}

function compareEnum(report, request, values, nextValues) {
  if (!values && !nextValues) return;
  if (!values) {
    report(request ? 'breaking' : 'non-breaking', `enum added: only ${nextValues.map(show).join(', ')} allowed now`);
    return;
  }
  if (!nextValues) {
    report(request ? 'non-breaking' : 'breaking', `enum removed: any value allowed now${request ? '' : ' (clients read this field and may get values they do not expect)'}`);
    return;
  }
  const key = (value) => JSON.stringify(value);
  const next = new Set(nextValues.map(key));
  const before = new Set(values.map(key));
  const removed = values.filter((value) => !next.has(key(value)));
  const added = nextValues.filter((value) => !before.has(key(value)));
  if (removed.length) report('breaking', `enum values removed: ${removed.map((v) => `'${show(v)}'`).join(', ')}`);
  if (added.length) {
    const list = added.map((v) => `'${show(v)}'`).join(', ');
    if (request) report('non-breaking', `enum values added: ${list}`);
    else report('risk', `enum values added: ${list} (clients read this field: code that switches over it meets a value it does not know)`);
  }
}

function compareBound(report, key, before, after, tighter) {
  if (before === after) return;
  if (before === undefined) report('breaking', `${key} ${show(after)} added: tightened`);
  else if (after === undefined) report('non-breaking', `${key} removed: loosened (was ${show(before)})`);
  else if (typeof before !== 'number' || typeof after !== 'number') report('breaking', `${changedText(key, before, after)}`);
  else if (tighter(before, after)) report('breaking', `${key} tightened from ${before} to ${after}`);
  else report('non-breaking', `${key} loosened from ${before} to ${after}`);
}

function compareProperties(ctx, path, base, head, refs, report) {
  const props = asObject(base.properties);
  const nextProps = asObject(head.properties);
  const required = new Set(asArray(base.required));
  const nextRequired = new Set(asArray(head.required));
  const request = path.direction === 'request';
  const rules = presence(path.direction, path.noun ?? (request ? 'request field' : 'response field'));
  const child = (name) => ({ ...path, field: path.field ? `${path.field}.${name}` : name, note: undefined });
  const at = (name) => `${path.where} ${child(name).field}`;
  for (const name of keysOf(props, nextProps)) {
    const report = ([kind, what]) => add(ctx, kind, at(name), what);
    if (!(name in nextProps)) {
      report(rules.removed);
      continue;
    }
    if (!(name in props)) {
      report(nextRequired.has(name) ? rules.addedRequired : rules.addedOptional);
      continue;
    }
    if (!required.has(name) && nextRequired.has(name)) report(rules.becameRequired);
    if (required.has(name) && !nextRequired.has(name)) report(rules.becameOptional);
    compareSchema(ctx, child(name), props[name], nextProps[name], refs);
  }
  // `required` naming a field the schema does not describe (allowed by JSON Schema) still constrains requests.
  for (const name of nextRequired) {
    if (!required.has(name) && !(name in nextProps) && !(name in props)) {
      report(request ? 'breaking' : 'non-breaking', `${name} became required`);
    }
  }
}

function compareAdditional(ctx, path, before, after, refs, report) {
  const state = (value) => (value === false ? 'off' : isObject(value) ? 'schema' : 'open');
  const from = state(before);
  const to = state(after);
  if (from === 'schema' && to === 'schema') {
    compareSchema(ctx, { ...path, field: `${path.field}.*`, note: undefined }, before, after, refs);
    return;
  }
  if (from === to) return;
  const rank = { off: 0, schema: 1, open: 2 };
  const text = to === 'off' ? 'additionalProperties turned off' : to === 'open' ? 'additionalProperties allowed again' : `additionalProperties ${from === 'off' ? 'allowed' : 'restricted'} to a schema`;
  if (rank[to] < rank[from]) report('breaking', `${text}: tightened`);
  else report('non-breaking', `${text}: loosened`);
}

function compareAlternatives(ctx, path, base, head, refs, report) {
  const request = path.direction === 'request';
  for (const keyword of ['anyOf', 'oneOf']) {
    const list = base[keyword] === undefined ? undefined : asArray(base[keyword]);
    const nextList = head[keyword] === undefined ? undefined : asArray(head[keyword]);
    if (!list && !nextList) continue;
    if (!list || !nextList) {
      report('breaking', `${keyword} ${list ? 'removed' : 'added'}`);
      continue;
    }
    // Pair the branches: identical content first, then the same title, then what is left in order.
    const left = list.map((branch, i) => ({ branch, i, key: canon(branch, ctx.base), title: deref(branch, ctx.base)?.title }));
    const right = nextList.map((branch, i) => ({ branch, i, key: canon(branch, ctx.head), title: deref(branch, ctx.head)?.title }));
    const pairs = [];
    const take = (match) => {
      for (const l of [...left]) {
        const r = right.find((candidate) => match(l, candidate));
        if (!r) continue;
        pairs.push([l, r]);
        left.splice(left.indexOf(l), 1);
        right.splice(right.indexOf(r), 1);
      }
    };
    take((l, r) => l.key === r.key);
    take((l, r) => l.title !== undefined && l.title === r.title);
    while (left.length && right.length) pairs.push([left.shift(), right.shift()]);
    const name = (item) => `${keyword}[${item.i}]${item.title ? ` "${item.title}"` : ''}`;
    for (const [l, r] of pairs) {
      compareSchema(ctx, { ...path, note: ` (in ${name(r)})` }, l.branch, r.branch, refs);
    }
    for (const l of left) report('breaking', `${name(l)} removed`);
    for (const r of right) {
      if (request) report('non-breaking', `${name(r)} added`);
      else report('breaking', `${name(r)} added (clients read this field and may get values they do not expect)`);
    }
  }
}
