// Reads an OpenAPI document (YAML or JSON, a path or an object) and resolves its local `$ref`s on demand.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { defaultSpecPath } from '../prism/mock.js';

export { defaultSpecPath };

/** The spec as a plain object: `spec` may be a parsed document, a path or a file URL (default: the shipped openapi.yaml). */
export function loadSpec(spec = defaultSpecPath) {
  if (spec && typeof spec === 'object' && !(spec instanceof URL)) return spec;
  const path = spec instanceof URL ? fileURLToPath(spec) : String(spec);
  return parse(readFileSync(path, 'utf8'));
}

/** Follows `#/...` references (several in a row) to the object they name; anything else is returned as is. */
export function deref(document, node) {
  for (let hops = 0; node && typeof node.$ref === 'string' && hops < 20; hops++) {
    if (!node.$ref.startsWith('#/')) return node;
    node = node.$ref
      .slice(2)
      .split('/')
      .reduce((at, key) => at?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);
  }
  return node;
}

/** The JSON schema of a response or request `content`, dereferenced. */
export function jsonSchema(document, content) {
  return deref(document, content?.['application/json']?.schema);
}

/**
 * The named properties a schema describes, following `$ref`, `allOf` and the branches of `oneOf`/`anyOf`
 * (their union): what an object of that schema may carry.
 */
export function propertiesOf(document, schema, seen = new Set()) {
  schema = deref(document, schema);
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return {};
  seen.add(schema);
  const out = { ...Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, deref(document, v)])) };
  for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
    for (const branch of schema[keyword] ?? []) {
      for (const [name, value] of Object.entries(propertiesOf(document, branch, seen))) out[name] ??= value;
    }
  }
  return out;
}

/** The string values an enum schema (or an "open enum": an anyOf with an enum branch) lists, or undefined. */
export function enumValues(document, schema) {
  schema = deref(document, schema);
  if (!schema) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum;
  if (schema.const !== undefined) return [schema.const];
  for (const keyword of ['anyOf', 'oneOf']) {
    const values = (schema[keyword] ?? []).flatMap((branch) => enumValues(document, branch) ?? []);
    if (values.length) return values;
  }
  return undefined;
}
