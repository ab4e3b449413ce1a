// Turns the spec's component schemas into one JSON Schema 2020-12 document that Ajv can compile.

export const schemaId = 'palomma-openapi.json';

const int32 = { minimum: -(2 ** 31), maximum: 2 ** 31 - 1 };

// OpenAPI points at `#/components/schemas/X`; in the standalone document the same schemas live in `$defs`.
// OpenAPI's `int32` format is not one JSON Schema knows, so it becomes the bounds it stands for.
function rewriteRefs(node) {
  if (Array.isArray(node)) return node.map(rewriteRefs);
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
    out[key] =
      key === '$ref' && typeof value === 'string'
        ? value.replace('#/components/schemas/', `${schemaId}#/$defs/`)
        : rewriteRefs(value);
  }
  return out;
}

/** The spec's `components.schemas` as a JSON Schema document with `$id` {@link schemaId}. */
export function componentsDocument(spec) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaId,
    $defs: rewriteRefs(spec.components?.schemas ?? {}),
  };
}

/** Any schema from the spec (inline or a `$ref`), rewritten to point into {@link componentsDocument}. */
export function toJsonSchema(schema) {
  return rewriteRefs(schema);
}
