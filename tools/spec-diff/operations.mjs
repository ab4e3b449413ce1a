// Paths, webhooks and operations: what is added or removed, an operation's name, tags and security, and its
// parameters, request body, responses and headers down to their schemas.
import { add, asArray, asObject, changedText, compareLeftovers, keysOf, presence, show } from './changes.mjs';
import { clientExtensions } from './client-methods.mjs';
import { deref, same } from './refs.mjs';
import { compareSchema } from './schemas.mjs';
import { compareServers, describeSecurity, normalizeSecurity } from './servers-security.mjs';

// The same list as src/spec/document.ts's httpMethods: this tool also runs under plain node, without tsx.
const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// In `paths` the client sends the request and reads the response. In `webhooks` Palomma sends the request and
// the client reads it, so the directions swap: a new field in a webhook's body is like a new response field.
export const pathsView = { key: 'paths', label: (path) => path, request: 'request', response: 'response' };
export const webhooksView = {
  key: 'webhooks',
  label: (name) => `webhook ${name}`,
  request: 'response',
  response: 'request',
  nouns: { request: 'webhook field', response: 'webhook reply field' },
};

export function comparePaths(ctx, view) {
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
    // The generator reads these on the operations of paths: compareClientMethods judges them by their effect.
    ...(view.key === 'paths' ? clientExtensions : []),
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
