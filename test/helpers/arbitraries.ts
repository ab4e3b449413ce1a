// fast-check arbitraries derived from the spec's JSON Schemas: valid values, and invalid variants of a valid
// value tagged with the path a validator must name. Nothing here is hand-written per field.
import fc from 'fast-check';
import { componentsDocument, schemaId, toJsonSchema } from '../../codegen/json-schema.mjs';

/** The subset of JSON Schema 2020-12 the generators understand; anything else is refused, not guessed. */
export interface Schema {
  $ref?: string;
  type?: JsonType | JsonType[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: SchemaLike[];
  oneOf?: SchemaLike[];
  properties?: Record<string, SchemaLike>;
  required?: string[];
  additionalProperties?: SchemaLike;
  items?: SchemaLike;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  /** OpenAPI's tag for a `oneOf` whose branches each fix one property with a `const`. */
  discriminator?: { propertyName: string };
  [annotation: string]: unknown;
}
export type SchemaLike = Schema | boolean;
type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';
export type Segment = string | number;

export type MutationKind =
  | 'missing-required'
  | 'wrong-type'
  | 'wrong-shape'
  | 'unknown-enum'
  | 'empty-string'
  | 'bad-format'
  | 'out-of-range'
  | 'too-long'
  | 'unknown-field';

/** One invalid body: a valid one with exactly one thing broken, and where a validator must say so. */
export interface InvalidVariant {
  kind: MutationKind;
  /** Where the problem is, as property names and array indices (a missing field's own name last). */
  segments: Segment[];
  /** The same as the client words it: `bankAccount.accountNumber`, `items[0].id`; '' for the body itself. */
  path: string;
  /** The whole invalid body. */
  body: unknown;
  /** What was broken, for messages: `bankAccount.accountType = "savings_unknown" (unknown-enum)`. */
  detail: string;
}

const annotations = new Set([
  'description', 'examples', 'example', 'title', '$comment', 'deprecated', 'readOnly', 'writeOnly', 'default',
  'contentEncoding', 'contentMediaType', '$schema', '$id',
]);
const understood = new Set([
  '$ref', 'type', 'const', 'enum', 'anyOf', 'oneOf', 'properties', 'required', 'additionalProperties', 'items',
  'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'discriminator',
]);
const formats = new Set(['uri', 'email', 'date', 'date-time']);

/** `items[0].id` from ['items', 0, 'id'], as src/client/validation/issues.ts words paths. */
function dottedPath(segments: readonly Segment[]): string {
  let path = '';
  for (const part of segments) path += typeof part === 'number' ? `[${part}]` : path ? `.${part}` : part;
  return path;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeOf = (v: unknown): JsonType =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? 'number' : (typeof v as JsonType);
const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The generators for one spec: `valid(schema)`, `invalid(schema)`, `variants(schema, value)` and `accepts`.
 * A schema is given as the spec writes it (`{ $ref: '#/components/schemas/X' }` or inline) or by component name.
 */
export function schemaArbitraries(spec: { components?: { schemas?: Record<string, unknown> } }) {
  const defs = componentsDocument(spec).$defs as Record<string, SchemaLike>;
  const refPrefix = `${schemaId}#/$defs/`;

  const toSchema = (input: SchemaLike | string): SchemaLike =>
    typeof input === 'string' ? { $ref: `${refPrefix}${input}` } : (toJsonSchema(input) as SchemaLike);

  /** Follows `$ref`s (into the components' `$defs`) until a schema with content is reached. */
  function resolve(schema: SchemaLike, seen: string[] = []): SchemaLike {
    if (typeof schema === 'boolean' || schema.$ref === undefined) return schema;
    const ref = schema.$ref;
    const name = ref.startsWith(refPrefix) ? ref.slice(refPrefix.length) : ref.startsWith('#/$defs/') ? ref.slice(8) : undefined;
    if (name === undefined || !(name in defs)) throw new Error(`arbitraries: cannot resolve $ref ${ref}`);
    if (seen.includes(name)) throw new Error(`arbitraries: recursive schema ${[...seen, name].join(' → ')} is not supported`);
    const siblings = Object.keys(schema).filter((k) => k !== '$ref' && !annotations.has(k));
    if (siblings.length) throw new Error(`arbitraries: keywords next to $ref (${siblings.join(', ')}) are not supported`);
    return resolve(defs[name]!, [...seen, name]);
  }

  function checkKeywords(schema: Schema, where: string) {
    for (const key of Object.keys(schema)) {
      if (!understood.has(key) && !annotations.has(key) && !key.startsWith('x-')) {
        throw new Error(`arbitraries: keyword "${key}" at ${where || '(root)'} is not supported; teach test/helpers/arbitraries.ts`);
      }
    }
    if (schema.format !== undefined && !formats.has(schema.format)) {
      throw new Error(`arbitraries: format "${schema.format}" at ${where || '(root)'} is not supported`);
    }
  }

  /** The branch of a discriminated `oneOf` that `value` names by its tag, if any. */
  function taggedBranch(schema: Schema, value: unknown): SchemaLike | undefined {
    const tag = schema.discriminator?.propertyName;
    if (tag === undefined || !schema.oneOf || !isObject(value)) return undefined;
    return schema.oneOf.find((branch) => {
      const resolved = resolve(branch);
      const property = typeof resolved === 'boolean' ? undefined : resolved.properties?.[tag];
      return property !== undefined && typeof property !== 'boolean' && 'const' in property && equal(property.const, value[tag]);
    });
  }

  const typesOf = (schema: Schema): JsonType[] | undefined =>
    schema.type === undefined ? undefined : Array.isArray(schema.type) ? schema.type : [schema.type];

  // ---------------------------------------------------------------- valid values

  const dateTime = fc
    .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
    .map((d) => d.toISOString());

  function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
    const { minLength = 0, maxLength } = schema;
    const fits = (s: string) => [...s].length >= minLength && (maxLength === undefined || [...s].length <= maxLength);
    let arb: fc.Arbitrary<string>;
    if (schema.format === 'uri') {
      // Only URLs both validators agree on: see the format-uri test in test/client/request-validation.property.test.ts for the ones they do not.
      arb = fc.webUrl({ withQueryParameters: true, withFragments: true });
    } else if (schema.format === 'email') {
      arb = fc.emailAddress();
    } else if (schema.format === 'date-time') {
      arb = dateTime;
    } else if (schema.format === 'date') {
      arb = dateTime.map((d) => d.slice(0, 10));
    } else if (schema.pattern !== undefined) {
      arb = fc.stringMatching(new RegExp(schema.pattern, 'u'));
    } else {
      // Lengths are counted in UTF-16 units by the client and in code points by Prism; they only agree on
      // every string when no maxLength is involved, so a maxLength keeps the generated text to ASCII.
      const units = maxLength === undefined ? (['grapheme-ascii', 'grapheme', 'binary-ascii'] as const) : (['grapheme-ascii'] as const);
      return fc.oneof(...units.map((unit) => fc.string({ unit, minLength, maxLength })));
    }
    return minLength > 0 || maxLength !== undefined ? arb.filter(fits) : arb;
  }

  function numberArbitrary(schema: Schema, integer: boolean): fc.Arbitrary<number> {
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema;
    const lowest = Math.max(minimum ?? -Number.MAX_VALUE, exclusiveMinimum ?? -Number.MAX_VALUE);
    const highest = Math.min(maximum ?? Number.MAX_VALUE, exclusiveMaximum ?? Number.MAX_VALUE);
    const minExcluded = exclusiveMinimum !== undefined && exclusiveMinimum >= (minimum ?? -Infinity);
    const maxExcluded = exclusiveMaximum !== undefined && exclusiveMaximum <= (maximum ?? Infinity);
    const intMin = Math.max(Number.MIN_SAFE_INTEGER, minExcluded ? Math.floor(lowest) + 1 : Math.ceil(lowest));
    const intMax = Math.min(Number.MAX_SAFE_INTEGER, maxExcluded ? Math.ceil(highest) - 1 : Math.floor(highest));
    if (intMin > intMax && integer) throw new Error(`arbitraries: no integer fits ${JSON.stringify(schema)}`);
    const ints = fc.integer({ min: intMin, max: intMax });
    if (integer) return ints;
    const doubles = fc.double({ min: lowest, max: highest, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true });
    return intMin <= intMax ? fc.oneof(ints, doubles) : doubles;
  }

  function valid(input: SchemaLike | string, where = '', seen: string[] = []): fc.Arbitrary<unknown> {
    const raw = toSchema(input);
    if (typeof raw !== 'boolean' && raw.$ref !== undefined) {
      const name = raw.$ref.split('/').pop()!;
      if (seen.includes(name)) throw new Error(`arbitraries: recursive schema through ${name} is not supported`);
      return valid(resolve(raw), where, [...seen, name]);
    }
    if (raw === true) return fc.jsonValue({ maxDepth: 2 });
    if (raw === false) throw new Error(`arbitraries: schema false at ${where || '(root)'} has no valid value`);
    const schema = raw;
    checkKeywords(schema, where);

    if ('const' in schema) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const branches = schema.anyOf ?? schema.oneOf;
    if (branches) {
      // A discriminated union says `type: object` beside its branches; each branch is an object anyway.
      const beside = new Set(['anyOf', 'oneOf', ...(schema.discriminator ? ['discriminator', 'type'] : [])]);
      const rest = Object.keys(schema).filter((k) => !beside.has(k) && !annotations.has(k));
      if (rest.length) throw new Error(`arbitraries: ${rest.join(', ')} next to anyOf/oneOf at ${where} is not supported`);
      return fc.oneof(...branches.map((branch) => valid(branch, where, seen)));
    }
    const types = typesOf(schema) ?? (schema.properties ? ['object'] : undefined);
    if (!types) return fc.jsonValue({ maxDepth: 2 });
    return fc.oneof(...types.map((type) => validOfType(schema, type, where, seen)));
  }

  function validOfType(schema: Schema, type: JsonType, where: string, seen: string[]): fc.Arbitrary<unknown> {
    switch (type) {
      case 'string':
        return stringArbitrary(schema);
      case 'number':
      case 'integer':
        return numberArbitrary(schema, type === 'integer');
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        const item = schema.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : valid(schema.items, `${where}[]`, seen);
        const minLength = schema.minItems ?? 0;
        return fc.array(item, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)) });
      }
      case 'object': {
        const properties = schema.properties ?? {};
        const required = schema.required ?? [];
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, child] of Object.entries(properties)) model[key] = valid(child, where ? `${where}.${key}` : key, seen);
        for (const key of required) model[key] ??= fc.jsonValue({ maxDepth: 1 });
        if (Object.keys(model).length === 0 && schema.additionalProperties !== false) {
          const values = typeof schema.additionalProperties === 'object' ? valid(schema.additionalProperties, `${where}.*`, seen) : fc.jsonValue({ maxDepth: 2 });
          return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), values, { maxKeys: 3, noNullPrototype: true });
        }
        return fc.record(model, { requiredKeys: required, noNullPrototype: true });
      }
    }
  }

  // ---------------------------------------------------------------- a small judge for single values

  /**
   * False only when `value` certainly breaks `schema`; true when it is valid or this judge cannot tell (a
   * format it does not check, say). Used to keep only mutations that are certain to be invalid.
   */
  function accepts(input: SchemaLike, value: unknown): boolean {
    const schema = resolve(input);
    if (typeof schema === 'boolean') return schema;
    if ('const' in schema && !equal(schema.const, value)) return false;
    if (schema.enum && !schema.enum.some((e) => equal(e, value))) return false;
    const types = typesOf(schema);
    if (types && !types.some((t) => (t === 'integer' ? Number.isInteger(value) : typeOf(value) === t))) return false;
    if (schema.anyOf && !schema.anyOf.some((b) => accepts(b, value))) return false;
    if (schema.oneOf && !schema.oneOf.some((b) => accepts(b, value))) return false;
    if (typeof value === 'string') {
      const length = [...value].length;
      if (schema.minLength !== undefined && length < schema.minLength) return false;
      if (schema.maxLength !== undefined && length > schema.maxLength) return false;
      if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return false;
      // Only the unmistakable cases: both validators agree on these whatever their regular expressions.
      if (schema.format === 'uri' && !/^[a-z][a-z0-9+.-]*:\S*$/i.test(value)) return false;
      if (schema.format === 'email' && !value.includes('@')) return false;
      if (schema.format === 'date-time' && !/^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d/.test(value)) return false;
      if (schema.format === 'date' && !/^\d{4}-\d\d-\d\d/.test(value)) return false;
    }
    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) return false;
      if (schema.maximum !== undefined && value > schema.maximum) return false;
      if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false;
      if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return false;
    }
    if (isObject(value)) {
      if (schema.required?.some((key) => !(key in value))) return false;
      for (const [key, child] of Object.entries(value)) {
        const property = schema.properties?.[key];
        if (property !== undefined) {
          if (!accepts(property, child)) return false;
        } else if (schema.additionalProperties !== undefined && !accepts(schema.additionalProperties, child)) {
          return false;
        }
      }
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) return false;
      if (schema.maxItems !== undefined && value.length > schema.maxItems) return false;
      if (schema.items !== undefined && !value.every((item) => accepts(schema.items!, item))) return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- invalid variants

  /** Every single-fault invalid variant of a valid `value` this module knows how to make. */
  function variants(input: SchemaLike | string, value: unknown): InvalidVariant[] {
    const root = toSchema(input);
    const out: InvalidVariant[] = [];

    // A copy of the root value with the node at `segments` replaced (or deleted, for `undefined`).
    const replaced = (segments: Segment[], next: unknown): unknown => {
      if (segments.length === 0) return next;
      const copy = structuredClone(value);
      let node = copy as Record<Segment, unknown>;
      for (const part of segments.slice(0, -1)) node = node[part] as Record<Segment, unknown>;
      const last = segments.at(-1)!;
      if (next === undefined) delete node[last];
      else node[last] = next;
      return copy;
    };
    const add = (kind: MutationKind, segments: Segment[], next: unknown) => {
      const shown = next === undefined ? '(removed)' : JSON.stringify(next);
      out.push({ kind, segments, path: dottedPath(segments), body: replaced(segments, next), detail: `${dottedPath(segments) || '(body)'} = ${shown} (${kind})` });
    };
    const tryAdd = (kind: MutationKind, schema: SchemaLike, segments: Segment[], next: unknown) => {
      if (!accepts(schema, next)) add(kind, segments, next);
    };

    // Values of other types than `current`, for replacing it; objects and arrays get a wrong shape instead.
    const otherTypes = (current: unknown): [MutationKind, unknown][] => {
      if (isObject(current)) return [['wrong-shape', []], ['wrong-shape', 'not an object']];
      if (Array.isArray(current)) return [['wrong-shape', {}], ['wrong-shape', 'not an array']];
      const candidates: unknown[] = ['a string', 42, true, null];
      return candidates.filter((c) => typeOf(c) !== typeOf(current)).map((c) => ['wrong-type', c]);
    };

    // Every enum or const value a schema lists, through $refs and anyOf/oneOf branches.
    const listed = (input: SchemaLike): unknown[] => {
      const schema = resolve(input);
      if (typeof schema === 'boolean') return [];
      const own = 'const' in schema ? [schema.const] : (schema.enum ?? []);
      return [...own, ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap(listed)];
    };
    const declaresMinLength = (input: SchemaLike): boolean => {
      const schema = resolve(input);
      if (typeof schema === 'boolean') return false;
      return (schema.minLength ?? 0) >= 1 || [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some(declaresMinLength);
    };

    function walk(input: SchemaLike, current: unknown, segments: Segment[], whole = true) {
      const schema = resolve(input);
      if (whole) for (const [kind, next] of otherTypes(current)) tryAdd(kind, input, segments, next);
      if (typeof schema === 'boolean') return;
      // A discriminated union: the tag names the branch, so faults inside that branch are certain too.
      const branch = taggedBranch(schema, current);
      if (branch !== undefined) return walk(branch, current, segments, false);

      if (typeof current === 'string') {
        const known = listed(schema).filter((v): v is string => typeof v === 'string');
        if (known.length) tryAdd('unknown-enum', schema, segments, `${known[0]}_unknown`);
        if (declaresMinLength(schema)) tryAdd('empty-string', schema, segments, '');
        const badFormat = { uri: 'not a uri', email: 'not an email', date: 'not a date', 'date-time': 'not a date-time' }[schema.format ?? ''];
        if (badFormat !== undefined) tryAdd('bad-format', schema, segments, badFormat);
        if (schema.maxLength !== undefined) tryAdd('too-long', schema, segments, 'x'.repeat(schema.maxLength + 1));
      }
      if (typeof current === 'number') {
        for (const edge of [schema.minimum, schema.exclusiveMinimum]) if (edge !== undefined) tryAdd('out-of-range', schema, segments, edge - 1);
        if (schema.exclusiveMinimum !== undefined) tryAdd('out-of-range', schema, segments, schema.exclusiveMinimum);
        for (const edge of [schema.maximum, schema.exclusiveMaximum]) if (edge !== undefined) tryAdd('out-of-range', schema, segments, edge + 1);
        if (schema.exclusiveMaximum !== undefined) tryAdd('out-of-range', schema, segments, schema.exclusiveMaximum);
      }
      // Inside anyOf/oneOf it is not known which branch an object or array follows: only whole-value faults there.
      if (schema.anyOf || schema.oneOf) return;

      if (isObject(current)) {
        const properties = schema.properties ?? {};
        for (const key of schema.required ?? []) if (key in current) add('missing-required', [...segments, key], undefined);
        for (const [key, child] of Object.entries(properties)) {
          if (key in current) {
            walk(child, current[key], [...segments, key]);
          } else {
            // An optional field that was left out, sent with a value of the wrong type.
            const resolved = resolve(child);
            const objectTyped = typeof resolved !== 'boolean' && (typesOf(resolved)?.includes('object') ?? false);
            const candidates: unknown[] = objectTyped ? [[], 'not an object'] : ['a string', 42, true, null];
            const wrong = candidates.find((candidate) => !accepts(child, candidate));
            if (wrong !== undefined) add(objectTyped ? 'wrong-shape' : 'wrong-type', [...segments, key], wrong);
          }
        }
        if (schema.additionalProperties === false) add('unknown-field', [...segments, 'unknownField'], 'x');
      }
      if (Array.isArray(current) && schema.items !== undefined) {
        current.forEach((item, index) => walk(schema.items!, item, [...segments, index]));
      }
    }

    walk(root, value, []);
    return out;
  }

  /** Valid values of `schema`. */
  const validArbitrary = (schema: SchemaLike | string) => valid(schema);

  /** Invalid variants of valid values of `schema`: one fault each, with the path that names it. */
  const invalidArbitrary = (schema: SchemaLike | string) =>
    valid(schema).chain((value) => {
      const all = variants(schema, value);
      if (all.length === 0) throw new Error(`arbitraries: no invalid variant of ${JSON.stringify(value)}`);
      // Pick the kind of fault first, so rare kinds (a bad format, an unknown enum value) are not drowned out.
      const byKind = new Map<MutationKind, InvalidVariant[]>();
      for (const variant of all) byKind.set(variant.kind, [...(byKind.get(variant.kind) ?? []), variant]);
      return fc.constantFrom(...byKind.keys()).chain((kind) => fc.constantFrom(...byKind.get(kind)!));
    });

  /** Paths of every required field reachable through required objects: what `missing-required` can name. */
  function requiredPaths(input: SchemaLike | string, prefix: Segment[] = []): string[] {
    const schema = resolve(toSchema(input));
    if (typeof schema === 'boolean' || schema.anyOf || schema.oneOf) return [];
    return (schema.required ?? []).flatMap((key) => {
      const child = schema.properties?.[key];
      return [dottedPath([...prefix, key]), ...(child === undefined ? [] : requiredPaths(child, [...prefix, key]))];
    });
  }

  return { valid: validArbitrary, invalid: invalidArbitrary, variants, accepts: (s: SchemaLike | string, v: unknown) => accepts(toSchema(s), v), requiredPaths, resolve, defs };
}
