// Schemas at one place of a request or a response: types, enums, constraints, properties, additionalProperties,
// items and alternatives, each change classified by the direction the data travels.
import { add, addExtension, asArray, asObject, changedText, docsKeys, keysOf, presence, show } from './changes.mjs';
import { canon, deref, isObject, same } from './refs.mjs';

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
 * Compares two schemas at one place of a request or a response. `path.where` names the place (an operation's
 * request body, a response, a parameter), `path.field` the field inside it (`bankAccount.bank`, `items[]`).
 */
export function compareSchema(ctx, path, rawBase, rawHead, refs = []) {
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
    if (key.startsWith('x-')) addExtension(report, key, changedText(key, base[key], head[key]));
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
