// Turns the spec's component schemas into JSON Schema 2020-12 that Ajv can compile: one document holding them all
// in `$defs`, or one schema per component, each with its own `$id`.

export const schemaId = 'palomma-openapi.json';

const componentRef = /^#\/components\/schemas\/([^/]+)(\/.*)?$/;

/** The `$id` of component `name` as a schema of its own ({@link componentSchemas}). */
export const componentId = (name) => `urn:palomma-openapi:schema:${name}`;

// In the document: OpenAPI's `#/components/schemas/X` is `palomma-openapi.json#/$defs/X`.
const intoDocument = (ref) => ref.replace('#/components/schemas/', `${schemaId}#/$defs/`);
// As schemas of their own: `#/components/schemas/X/properties/y` is `urn:palomma-openapi:schema:X#/properties/y`.
const intoComponents = (ref) => ref.replace(componentRef, (_, name, rest) => `${componentId(name)}${rest ? `#${rest}` : ''}`);

const int32 = { minimum: -(2 ** 31), maximum: 2 ** 31 - 1 };

// `$ref`s are rewritten by `target`. OpenAPI's `int32` format is not one JSON Schema knows, so it becomes the bounds
// it stands for.
function rewriteRefs(node, target) {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, target));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  if (node.format === 'int32') {
    out.minimum = Math.max(node.minimum ?? int32.minimum, int32.minimum);
    out.maximum = Math.min(node.maximum ?? int32.maximum, int32.maximum);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || (node.format === 'int32' && ['format', 'minimum', 'maximum'].includes(key))) continue;
    // Ajv picks a oneOf branch by the `const` of the tag, which says what OpenAPI's `mapping` says for readers.
    if (key === 'discriminator' && value?.mapping) {
      out[key] = { propertyName: value.propertyName };
      continue;
    }
    out[key] = key === '$ref' && typeof value === 'string' ? target(value) : rewriteRefs(value, target);
  }
  return out;
}

/** The spec's `components.schemas` as a JSON Schema document with `$id` {@link schemaId}. */
export function componentsDocument(spec) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaId,
    $defs: rewriteRefs(spec.components?.schemas ?? {}, intoDocument),
  };
}

/** Any schema from the spec (inline or a `$ref`), rewritten to point into {@link componentsDocument}. */
export function toJsonSchema(schema) {
  return rewriteRefs(schema, intoDocument);
}

/**
 * Each of the spec's component schemas as a schema of its own, with `$id` {@link componentId}: Ajv compiles a
 * schema reached by its `$id` once, however many schemas point at it, where a `$defs` entry is compiled again for
 * each path that reaches it.
 */
export function componentSchemas(spec) {
  return Object.entries(spec.components?.schemas ?? {}).map(([name, schema]) => ({ ...rewriteRefs(schema, intoComponents), $id: componentId(name) }));
}

/** Any schema from the spec (inline or a `$ref`), rewritten to point at {@link componentSchemas}. */
export function toComponentSchema(schema) {
  return rewriteRefs(schema, intoComponents);
}
